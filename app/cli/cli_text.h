#pragma once
// The words indicia-cli's commands share: their translation context (CliText, one for the
// whole program, so lupdate finds every CliText::tr call) and how a row of an import
// file is located in messages.

#include "engine/codec/format.h"
#include "engine/codec/import_row.h"

#include <QCoreApplication>
#include <QString>

class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// Where `row` is in `path`: "FILE:LINE" (the physical line the record starts on, header
// and quoted line breaks counted) for line-based formats, "FILE: entry N" for STIX and
// MISP JSON, whose entries have no line of their own.
QString rowLocation(const QString& path, indicia::SourceFormat format, const indicia::ImportRow& row);
// Whether `format` numbers rows by file line.
bool hasLineNumbers(indicia::SourceFormat format);
// The refusal reasons of `row`, with the option that takes a refused MISP context
// attribute named where the command has one (`allAttributesOption`).
QString refusalText(const indicia::ImportRow& row, bool allAttributesOption);
