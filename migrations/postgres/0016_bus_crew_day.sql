-- The crew's day, as staff set it at /admin/bussen/indstillinger: the bus's average speed
-- (km/h; the planner, the plan's check and the live arrival times use it) and the
-- shortest stay worth stopping for (minutes). Keep in step with ../sqlite/0016_bus_crew_day.sql.
ALTER TABLE bus_settings ADD COLUMN speed_kmh DOUBLE PRECISION NOT NULL DEFAULT 45.0;
ALTER TABLE bus_settings ADD COLUMN min_stay_minutes BIGINT NOT NULL DEFAULT 15;
