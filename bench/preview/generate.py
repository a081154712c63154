#!/usr/bin/env python3
"""Deterministic DeviceProcessEvents export and indicator list for bench/preview.

Writes EVENTS (CSV, Advanced Hunting column names, SHA1 in column 8 so that the analyst's
awk join `awk -F, 'NR==FNR{a[$1];next} ($8 in a)' iocs.txt events.csv` reads the right
field) and IOCS (one lower-case SHA-1 per line). About 1% of events carry a listed SHA-1.
"""
import hashlib
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
iocs_count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
events_path = sys.argv[3] if len(sys.argv) > 3 else "events.csv"
iocs_path = sys.argv[4] if len(sys.argv) > 4 else "iocs.txt"

rng = random.Random(6)


def digest(algorithm, n):
    return hashlib.new(algorithm, str(n).encode()).hexdigest()


iocs = [digest("sha1", ("ioc", i)) for i in range(iocs_count)]
with open(iocs_path, "w") as out:
    out.write("\n".join(iocs) + "\n")

header = ("Timestamp,DeviceId,DeviceName,ActionType,FileName,FolderPath,AccountName,SHA1,SHA256,MD5,"
          "FileSize,ProcessId,ProcessCommandLine,InitiatingProcessFileName,InitiatingProcessSHA1,"
          "InitiatingProcessSHA256,InitiatingProcessMD5,InitiatingProcessCommandLine,ReportId\n")
names = ["svchost.exe", "powershell.exe", "cmd.exe", "chrome.exe", "teams.exe", "python.exe", "msedge.exe"]
with open(events_path, "w") as out:
    out.write(header)
    lines = []
    for i in range(rows):
        machine = rng.randrange(2000)
        image = rng.randrange(50_000)
        sha1 = iocs[rng.randrange(iocs_count)] if rng.random() < 0.01 else digest("sha1", image)
        parent = rng.randrange(500)
        name = names[image % len(names)]
        lines.append(
            f"2026-05-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}.{i % 10_000_000:07d}Z,"
            f"{digest('sha1', ('dev', machine))},ws-{machine:04d}.corp.example,ProcessCreated,{name},"
            f"C:\\Program Files\\App{image % 300}\\{name},user{machine % 700},{sha1},"
            f"{digest('sha256', image)},{digest('md5', image)},{10_000 + image * 13},{1000 + i % 60000},"
            f"\"\"\"{name}\"\" --task {i}, --mode \"\"fast\"\"\",explorer.exe,{digest('sha1', ('p', parent))},"
            f"{digest('sha256', ('p', parent))},{digest('md5', ('p', parent))},explorer.exe,{i}\n")
        if len(lines) >= 10_000:
            out.writelines(lines)
            lines = []
    out.writelines(lines)
