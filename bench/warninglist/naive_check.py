#!/usr/bin/env python3
"""The peer: the check an analyst would script in Python with the same MISP warninglists,
naively (a set for exact strings, a scan over every network and every hostname suffix).
Same matching rules as KnownGood: CIDR overlap, hostname lists and leading dots cover
subdomains, URL hosts checked as domains, hashes case-insensitive, matching_attributes.

    naive_check.py LISTDIR QUERIES [LIMIT]   -> prints queries, hits, seconds, checks/s
"""
import glob, ipaddress, json, sys, time

TYPES = {"md5": {"FileMd5"}, "sha1": {"FileSha1"}, "sha256": {"FileSha256"},
         "x509-fingerprint-sha1": {"CertificateThumbprint"},
         "ip-src": {"IpAddress", "IpRange"}, "ip-dst": {"IpAddress", "IpRange"},
         "ip-src|port": {"IpAddress", "IpRange"}, "ip-dst|port": {"IpAddress", "IpRange"},
         "domain|ip": {"IpAddress", "IpRange", "DomainName"}, "domain": {"DomainName"},
         "hostname": {"DomainName"}, "hostname|port": {"DomainName"}, "url": {"Url"}, "uri": {"Url"}, "link": {"Url"}}

def types_of(lst):
    out = set()
    for a in lst.get("matching_attributes", []):
        out |= TYPES.get(a.split("filename|")[-1] if a.startswith("filename|") else a, set())
    return out or {"FileMd5", "FileSha1", "FileSha256", "CertificateThumbprint", "IpAddress", "IpRange", "DomainName", "Url"}

def load(directory):
    exact, suffixes, networks = [], [], []
    for path in sorted(glob.glob(directory + "/*.json")):
        lst = json.load(open(path))
        types = types_of(lst)
        for entry in lst["list"]:
            e = entry.strip().lower().rstrip(".")
            try:
                networks.append((ipaddress.ip_network(e, strict=False), types))
                continue
            except ValueError:
                pass
            if lst["type"] == "cidr":
                continue
            if e.startswith(".") or lst["type"] == "hostname":
                suffixes.append((e.lstrip("."), types))
            else:
                exact.append((e, types))
    return exact, suffixes, networks

def check(kind, value, exact, suffixes, networks):
    v = value.lower()
    if kind in ("IpAddress", "IpRange"):
        net = ipaddress.ip_network(v, strict=False)
        return any(kind in t and n.version == net.version and n.overlaps(net) for n, t in networks)
    if kind == "Url":
        if any(v == e and "Url" in t for e, t in exact):
            return True
        host = v.split("://", 1)[1].split("/", 1)[0].split(":")[0]
        return check("DomainName", host, exact, suffixes, networks)
    if any(v == e and kind in t for e, t in exact):
        return True
    return kind == "DomainName" and any(kind in t and (v == s or v.endswith("." + s)) for s, t in suffixes)

def main():
    exact, suffixes, networks = load(sys.argv[1])
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    queries = [line.rstrip("\n").split("\t", 1) for _, line in zip(range(limit), open(sys.argv[2]))]
    start = time.perf_counter()
    hits = sum(1 for kind, value in queries if check(kind, value, exact, suffixes, networks))
    seconds = time.perf_counter() - start
    print(f"queries {len(queries)} hits {hits} seconds {seconds:.3f} checks_per_second {len(queries) / seconds:.0f}")

main()
