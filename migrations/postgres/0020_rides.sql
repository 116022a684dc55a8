-- Volunteer drivers and rides booked without an account (issue 17, slice B).
-- Keep in step with ../sqlite/0020_rides.sql: only the id columns differ.

-- The municipality's mileage rate and road factor (data: demo/odsherred/rides.toml).
CREATE TABLE ride_setting (
    municipality_id BIGINT PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
    -- The municipality's rate per kilometre, in øre (379 = 3,79 kr).
    mileage_rate_ore_per_km BIGINT NOT NULL,
    -- Road distance as a share of the straight line, in thousandths (1300 = × 1.3).
    road_factor_permille BIGINT NOT NULL
);

-- The driver register: vetting dates, when and where each driver can drive.
CREATE TABLE ride_driver (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    -- Where the driver lives (kilometres are counted from there).
    town_id BIGINT REFERENCES town(id) ON DELETE SET NULL,
    -- Vetting, 'YYYY-MM-DD': the criminal-record certificate's date, until when the
    -- driving licence and the insurance hold. NULL: not seen yet.
    record_on TEXT,
    licence_until TEXT,
    insurance_until TEXT,
    -- Bit 0 = Monday.
    weekdays BIGINT NOT NULL,
    -- 'HH:MM': the first pick-up and the last return pick-up the driver takes.
    from_time TEXT NOT NULL,
    to_time TEXT NOT NULL,
    active BIGINT NOT NULL,
    -- Demo data: an invented person.
    invented BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The villages a driver picks people up in; none: anywhere in the municipality.
CREATE TABLE ride_driver_town (
    driver_id BIGINT NOT NULL REFERENCES ride_driver(id) ON DELETE CASCADE,
    town_id BIGINT NOT NULL REFERENCES town(id) ON DELETE CASCADE,
    PRIMARY KEY (driver_id, town_id)
);

-- Lifts: someone going to an event anyway (signed in: an organiser or a member) offers
-- seats; a rider asks for a ride as usual; the coordinator connects them. Nothing about
-- the rider is public: the one offering learns the rider's name, phone and address by
-- mail only when connected.
CREATE TABLE ride_lift (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    seats BIGINT NOT NULL CHECK (seats BETWEEN 1 AND 8),
    taken BIGINT NOT NULL,
    town_id BIGINT REFERENCES town(id) ON DELETE SET NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CHECK (taken <= seats)
);

-- A ride asked for without an account: outbound and (optionally) return, on one or
-- more dates. The private link is stored only as SHA-256. Personal data (name, phone,
-- e-mail, address, note, relative) is erased 30 days after the last date; the dates,
-- the driver and the kilometres stay for the drivers' mileage.
CREATE TABLE ride_request (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
    token_hash TEXT UNIQUE,
    rider_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    -- Digits of the phone number: finds the rider's earlier rides (the same driver again).
    phone_key TEXT NOT NULL,
    email TEXT NOT NULL,
    pickup_address TEXT NOT NULL,
    town_id BIGINT REFERENCES town(id) ON DELETE SET NULL,
    destination TEXT NOT NULL,
    offer_id BIGINT,
    event_id BIGINT,
    dest_lat DOUBLE PRECISION,
    dest_lon DOUBLE PRECISION,
    -- 'HH:MM': pick-up at home, and pick-up for the way home ('' = no return).
    pickup_out TEXT NOT NULL,
    pickup_home TEXT NOT NULL,
    note TEXT NOT NULL,
    relative_name TEXT NOT NULL,
    relative_email TEXT NOT NULL,
    -- An ambassador or staff member who asked on the rider's behalf.
    ordered_by_account_id BIGINT REFERENCES account(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'confirmed', 'cancelled')),
    driver_id BIGINT REFERENCES ride_driver(id) ON DELETE SET NULL,
    -- Or a lift with someone going anyway.
    lift_id BIGINT REFERENCES ride_lift(id) ON DELETE SET NULL,
    -- Driven per date (both legs), metres, set when a driver is confirmed.
    metres_per_date BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    erased_at BIGINT
);
CREATE INDEX ride_request_desk ON ride_request (municipality_id, status);
CREATE INDEX ride_request_phone ON ride_request (municipality_id, phone_key);

-- Each date of a ride is a row, so one date can be cancelled.
CREATE TABLE ride_date (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES ride_request(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    cancelled BIGINT NOT NULL,
    UNIQUE (request_id, date)
);
CREATE INDEX ride_date_day ON ride_date (date);
