#!/usr/bin/env python3
"""Writes a deterministic MDE indicator-import template CSV with N data rows.

The mix resembles real imports: mostly file hashes, then domains, URLs and public IPv4
addresses; some rows scoped to device groups, some with an expiry, MITRE ids and
categories. Same N, same bytes, on every machine (no randomness, no clock).

usage: generate_csv.py ROWS OUTPUT.csv
"""
import hashlib
import sys

HEADER = ("IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
          "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert")
SEVERITIES = ["Informational", "Low", "Medium", "High"]
CATEGORIES = ["Malware", "Ransomware", "CommandandControl", "SuspiciousActivity", "Exploit"]
GROUPS = ["", "", "", "Servers", "\"Servers,Workstations\"", "Finance"]


def value_of(kind, i, digest):
    if kind == "FileSha256":
        return digest.hexdigest()
    if kind == "FileSha1":
        return digest.hexdigest()[:40]
    if kind == "DomainName":
        return f"host{i}.bad-{digest.hexdigest()[:6]}.example.com"
    if kind == "Url":
        return f"https://cdn{i % 977}.bad-{digest.hexdigest()[:8]}.example.net/payload/{i}.bin"
    # Public IPv4 space only (MDE refuses private ranges): 45.0.0.0/8 and 185.0.0.0/8.
    first = 45 if i % 2 else 185
    n = i // 2
    return f"{first}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255 or 1}"


def row(i):
    digest = hashlib.sha256(i.to_bytes(8, "little"))
    pick = i % 20
    if pick < 9:
        kind, action = "FileSha256", ["Block", "BlockAndRemediate", "Audit", "Allowed"][i % 4]
    elif pick < 12:
        kind, action = "FileSha1", "Block"
    elif pick < 16:
        kind, action = "DomainName", ["Block", "Warn", "Audit"][i % 3]
    elif pick < 18:
        kind, action = "Url", "Block"
    else:
        kind, action = "IpAddress", ["Block", "Audit"][i % 2]
    expiration = "2031-01-01T00:00:00.0Z" if i % 5 == 0 else ""
    severity = SEVERITIES[i % 4]
    alert = "true" if action == "Audit" or i % 3 == 0 else "false"
    mitre = "\"T1059,T1204\"" if i % 7 == 0 else ""
    return ",".join([
        kind, value_of(kind, i, digest), expiration, action, severity,
        f"Campaign {i % 1000} indicator", f"Generated benchmark row {i}",
        "Isolate the device and collect evidence" if i % 4 == 0 else "",
        GROUPS[i % len(GROUPS)], CATEGORIES[i % len(CATEGORIES)], mitre, alert])


def main():
    rows, output = int(sys.argv[1]), sys.argv[2]
    with open(output, "w", encoding="utf-8", newline="\r\n") as out:
        out.write(HEADER + "\n")
        for i in range(1, rows + 1):
            out.write(row(i) + "\n")


if __name__ == "__main__":
    main()
