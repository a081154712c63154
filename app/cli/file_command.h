#pragma once
#include <QStringList>

// indicia-cli file HASH (--workspace W | --indicators FILE) --telemetry FILE... [--json]
// [--as-of T] [--scope-model seed|current]
// {"sha256":..,"sha1":..,"md5":..,"names":[..],"paths":[..],"size":N|null,"signer":..,
//  "machines":[{"name":N,"device_group":G,"events":N}],"events":N,"first_seen":T,"last_seen":T,
//  "indicators":[{"id","type","value","action","title","scope"}],
//  "winner":{..}|null, "verdicts":[{"device_group",..}]}
// `events` counts every record that mentions any of the file's hashes. `winner` is the
// verdict on the device group the file was seen most in (else on machines in no group);
// `verdicts` has one per group. Exit: 0 found, 1 not seen in the telemetry, 2 error.
int runFileCommand(const QStringList& args);
