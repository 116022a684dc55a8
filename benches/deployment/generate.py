#!/usr/bin/env python3
"""Writes N invented municipalities for the deployment benchmark into DIR: for each, a
municipality file (`bench-NN.toml`, host bNN.sammen.test, three towns) and an HSDS file of
OFFERS offers (`bench-NN.json`; every fifth online, every tenth by phone).

    generate.py DIR [N=20] [OFFERS=1000]
"""
import json
import os
import random
import sys
import uuid

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
offers = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
os.makedirs(out, exist_ok=True)
rng = random.Random(16)
WORDS = ["strik", "kor", "fodbold", "gåtur", "læsekreds", "kortspil", "madklub", "havefællesskab",
         "petanque", "billard", "yoga", "svømning", "cykelklub", "brætspil", "sangaften", "fiskeri",
         "foto", "maleri", "dans", "snak og kaffe"]
TOWNS = ["Nordby", "Sønderby", "Vestby"]

for n in range(1, count + 1):
    slug = f"bench-{n:02d}"
    lat, lon = 55.0 + n * 0.05, 10.0 + n * 0.05
    towns = "\n".join(
        f'[[town]]\nname = "{t}"\nkind = "by"\nlat = {lat + i * 0.02:.4f}\nlon = {lon + i * 0.02:.4f}\n'
        for i, t in enumerate(TOWNS))
    with open(os.path.join(out, f"{slug}.toml"), "w") as f:
        f.write(f'''slug = "{slug}"
name = "Benchkommune {n:02d}"
short_name = "Bench {n:02d}"
hosts = ["b{n:02d}.sammen.test"]
contact_email = "sammen@{slug}.example.org"
contact_phone = "00 00 00 00"
address = "Torvet 1, 9999 Nordby"
website = "https://{slug}.example.org"
center_lat = {lat:.4f}
center_lon = {lon:.4f}

{towns}''')
    organisations = [{"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                      "name": f"Forening {k} i {TOWNS[k % 3]}"} for k in range(50)]
    services = []
    for k in range(offers):
        word = WORDS[k % len(WORDS)]
        service = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"{word.capitalize()} nr. {k} i {TOWNS[k % 3]}",
            "description": f"Vi mødes til {word} hver uge. Alle er velkomne, også nye i kommunen.",
            "status": "active",
            "organization": organisations[k % 50],
        }
        if k % 5 == 0:
            service["service_at_locations"] = [{
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "location": {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                             "location_type": "virtual", "name": "Online"}}]
        services.append(service)
    with open(os.path.join(out, f"{slug}.json"), "w") as f:
        json.dump(services, f, ensure_ascii=False)
print(f"{count} municipalities × {offers} offers in {out}")
