#pragma once
// Tokens of an OData $filter expression: names, 'strings' (with '' for a quote), numbers,
// unquoted DateTimeOffset literals (2024-01-31T12:00:00Z), parentheses and commas
// (between a function's arguments). Operators and
// true/false/null arrive as names; the parser decides what they mean.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace indicia::service {

struct ODataToken {
    enum class Kind { Name, String, Number, DateTime, Open, Close, Comma, End };
    Kind kind = Kind::End;
    QString text; // the name, the unquoted string, or the literal as written
    qsizetype position = 0;
};

struct ODataLexResult {
    QList<ODataToken> tokens; // always ends with an End token when ok
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class ODataLexer {
    Q_DECLARE_TR_FUNCTIONS(ODataLexer)
public:
    static ODataLexResult tokenize(const QString& text);

private:
    static bool readString(const QString& text, qsizetype& pos, QString& out);
    static ODataToken readNumberOrDate(const QString& text, qsizetype& pos);
};

} // namespace indicia::service
