#include "service/odata_lexer.h"

namespace indicia::service {

namespace {

bool isNameStart(QChar c) { return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$'); }
bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('/'); }

// Characters that can continue a number or a DateTimeOffset literal.
bool isLiteralChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(':') || c == QLatin1Char('-')
        || c == QLatin1Char('+') || c == QLatin1Char('T') || c == QLatin1Char('Z') || c == QLatin1Char('t')
        || c == QLatin1Char('z');
}

} // namespace

bool ODataLexer::readString(const QString& text, qsizetype& pos, QString& out)
{
    ++pos; // the opening quote
    while (pos < text.size()) {
        const QChar c = text[pos++];
        if (c != QLatin1Char('\''))
            out += c;
        else if (pos < text.size() && text[pos] == QLatin1Char('\''))
            out += text[pos++]; // '' is one quote inside the string
        else
            return true;
    }
    return false; // no closing quote
}

ODataToken ODataLexer::readNumberOrDate(const QString& text, qsizetype& pos)
{
    const qsizetype start = pos;
    ++pos; // a digit or a leading minus
    while (pos < text.size() && isLiteralChar(text[pos]))
        ++pos;
    const QString literal = text.mid(start, pos - start);
    // A date has a 'T' or two dashes after the first character; everything else is a number.
    const bool isDate = literal.contains(QLatin1Char('T'), Qt::CaseInsensitive) || literal.mid(1).count(QLatin1Char('-')) >= 2;
    return {isDate ? ODataToken::Kind::DateTime : ODataToken::Kind::Number, literal, start};
}

ODataLexResult ODataLexer::tokenize(const QString& text)
{
    ODataLexResult result;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (c.isSpace()) {
            ++pos;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            result.tokens.append({c == QLatin1Char('(') ? ODataToken::Kind::Open : ODataToken::Kind::Close, c, pos});
            ++pos;
        } else if (c == QLatin1Char(',')) {
            result.tokens.append({ODataToken::Kind::Comma, c, pos});
            ++pos;
        } else if (c == QLatin1Char('\'')) {
            ODataToken token{ODataToken::Kind::String, {}, pos};
            if (!readString(text, pos, token.text))
                return {{}, tr("Unterminated string literal at position %1.").arg(token.position)};
            result.tokens.append(token);
        } else if (c.isDigit() || (c == QLatin1Char('-') && pos + 1 < text.size() && text[pos + 1].isDigit())) {
            result.tokens.append(readNumberOrDate(text, pos));
        } else if (isNameStart(c)) {
            // The first character is taken as it is: '$' may start a name but not continue one
            // (without this step a lone '$' made no progress and tokens piled up forever).
            const qsizetype start = pos++;
            while (pos < text.size() && isNameChar(text[pos]))
                ++pos;
            result.tokens.append({ODataToken::Kind::Name, text.mid(start, pos - start), start});
        } else {
            return {{}, tr("Unexpected character '%1' at position %2.").arg(c).arg(pos)};
        }
    }
    result.tokens.append({ODataToken::Kind::End, {}, text.size()});
    return result;
}

} // namespace indicia::service
