-- wrk: each request to another of the benchmark's municipalities (b01…b20.sammen.test),
-- on the page given by PAGE (search, calendar or offer).
local page = os.getenv("PAGE") or "search"
local count = tonumber(os.getenv("HOSTS") or "20")
local first_offer = {}
for id in string.gmatch(os.getenv("FIRST_OFFERS") or "", "%d+") do
  first_offer[#first_offer + 1] = tonumber(id)
end
local n = 0
request = function()
  n = n + 1
  local m = (n % count) + 1
  local host = string.format("b%02d.sammen.test", m)
  local path
  if page == "search" then
    path = "/vejviser?q=strik"
  elseif page == "calendar" then
    path = "/kalender"
  else
    path = "/tilbud/" .. ((first_offer[m] or 1) + (n % 1000))
  end
  return wrk.format("GET", path, { Host = host })
end
