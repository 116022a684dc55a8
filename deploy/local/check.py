#!/usr/bin/env python3
"""Checks the three servers behind nginx that `deploy/local/run start` made:

1. each municipality's host serves its own pages through the proxy, and the national host
   finds both (a second municipality is onboarded from its file first);
2. under a load of anonymous writes (the self-check with consent, each an acknowledged
   200), one server is killed: no acknowledged write is lost (the database holds every
   acknowledged one; at most the few in flight at the kill are stored unanswered) and the
   proxy keeps serving (every request sent after the
   kill, once nginx has seen the server gone, is answered).

Only the Python standard library and `psql` are used. Exit status 0 means all held.
"""
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PROXY = "http://127.0.0.1:18090"
DIR = os.environ.get("DEPLOY_DIR", "/tmp/sammen-deploy")
PG = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432/test")
DB = os.environ.get("DEPLOY_DB", "sammen_deploy")
WRITES = int(os.environ.get("CHECK_WRITES", "300"))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(path, host, data=None, client="10.0.0.1"):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(PROXY + path, data=body)
    req.add_header("Host", host)
    req.add_header("X-Forwarded-For", client)
    try:
        with OPENER.open(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
        return 0, str(e)


def sql(query):
    url = PG.rsplit("/", 1)[0] + "/" + DB
    out = subprocess.run(["psql", "-tA", url, "-c", query], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def hosts():
    env = dict(os.environ)
    for line in open(os.path.join(DIR, "sammen.env")):
        if "=" in line:
            key, value = line.strip().split("=", 1)
            env[key] = value
    binary = os.environ.get("SAMMEN_BIN") or (
        "target/release/sammen" if os.path.exists(os.path.join(ROOT, "target/release/sammen")) else "target/debug/sammen")
    added = subprocess.run([os.path.join(ROOT, binary), "municipality", "add",
                            os.path.join(ROOT, "tests/data/municipalities/holbaek.toml")],
                           env=env, capture_output=True, text=True)
    if added.returncode != 0 and "findes allerede" not in added.stderr:
        fail("municipality add: " + added.stderr)
    deadline = time.time() + 20
    # Every server must serve the new municipality (nginx spreads the requests).
    while time.time() < deadline:
        answers = [request("/", "holbaek.sammen.test")[1] for _ in range(6)]
        if all("Holbæk Kommune" in a for a in answers):
            break
        time.sleep(0.5)
    else:
        fail("not every server serves Holbæk")
    status, page = request("/", "odsherred.sammen.example")
    if status != 200 or "Odsherred" not in page or "Holbæk Kommune" in page:
        fail("Odsherred's host")
    status, page = request("/vejviser?q=telefon", "sammen.example")
    if status != 200 or "Odsherred Kommune" not in page or "Holbæk Kommune" not in page:
        fail("the national host lists both municipalities")
    status, page = request("/", "unknown.example")
    if status != 404 or "Holbæk Kommune" not in page:
        fail("an unknown host gets the list")
    print("hosts: each municipality on its own host, the national host and the list: ok")


def selfcheck_total():
    return int(sql("SELECT COALESCE(SUM(count), 0) FROM selfcheck_tally t JOIN municipality m "
                   "ON m.id = t.municipality_id WHERE m.slug = 'odsherred'"))


def failover():
    before = selfcheck_total()
    acknowledged = 0
    after_kill_failures = []
    lock = threading.Lock()
    counter = iter(range(1, 1_000_000))
    killed_at = [None]

    def one(n):
        client = f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"
        started = time.time()
        status, page = request("/hvordan-har-du-det", "odsherred.sammen.example", client=client)
        token = re.search(r'name="_token" value="([^"]+)"', page)
        band = re.search(r'name="alder" value="([^"]+)"', page)
        if status != 200 or not token:
            return started, False
        status, page = request("/hvordan-har-du-det", "odsherred.sammen.example", client=client, data={
            "_token": token.group(1), "q1": "2", "q2": "2", "q3": "2",
            "alder": band.group(1) if band else "ikke-oplyst", "taelles": "ja"})
        return started, status == 200

    def worker():
        nonlocal acknowledged
        while True:
            with lock:
                n = next(counter)
            if n > WRITES:
                return
            started, ok = one(n)
            with lock:
                if ok:
                    acknowledged += 1
                elif killed_at[0] and started > killed_at[0] + 1.0:
                    after_kill_failures.append(n)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    while acknowledged < WRITES // 3:
        time.sleep(0.05)
    pids = [int(p) for p in open(os.path.join(DIR, "pids")).read().split()]
    os.kill(pids[1], signal.SIGKILL)
    killed_at[0] = time.time()
    print(f"killed server 2 (pid {pids[1]}) after {acknowledged} acknowledged writes")
    for t in threads:
        t.join()
    stored = selfcheck_total() - before
    print(f"writes: {WRITES} sent, {acknowledged} acknowledged, {stored} stored; "
          f"{len(after_kill_failures)} failed more than 1 s after the kill")
    # Every acknowledged write is stored. A write the killed server committed but could
    # not answer is stored without an acknowledgement; at most one per request in flight
    # (one per thread) can be in that state.
    if stored < acknowledged:
        fail(f"{acknowledged} writes were acknowledged but only {stored} are stored")
    if stored > acknowledged + len(threads):
        fail(f"{stored} stored, more than the {acknowledged} acknowledged and {len(threads)} in flight")
    if after_kill_failures:
        fail(f"the proxy did not keep serving: requests {after_kill_failures[:10]} failed")
    status, _ = request("/", "odsherred.sammen.example")
    if status != 200:
        fail("the proxy serves after the kill")
    print("fail-over: no acknowledged write lost, the proxy kept serving: ok")


if __name__ == "__main__":
    hosts()
    failover()
