#include "service/odata_filter.h"

#include "engine/timeutil.h"
#include "service/api_reply.h"

namespace indicia::service {

SqlCondition conjunction(const QList<SqlCondition>& parts)
{
    SqlCondition out;
    for (const SqlCondition& part : parts) {
        if (part.isEmpty())
            continue;
        out.sql += (out.sql.isEmpty() ? QStringLiteral("(") : QStringLiteral(" AND (")) + part.sql + QLatin1Char(')');
        out.values += part.values;
    }
    return out;
}

namespace {

// Deeper nesting than this is an attack or a bug; refusing it bounds the recursion.
constexpr int kMaxDepth = 32;

const QStringList& comparisonOperators()
{
    static const QStringList ops{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
                                 QStringLiteral("lt"), QStringLiteral("ge"), QStringLiteral("le")};
    return ops;
}

QString sqlOperator(const QString& op)
{
    static const QStringList sql{QStringLiteral("="), QStringLiteral("<>"), QStringLiteral(">"),
                                 QStringLiteral("<"), QStringLiteral(">="), QStringLiteral("<=")};
    return sql.value(comparisonOperators().indexOf(op));
}

class Parser {
public:
    Parser(const QList<ODataToken>& tokens, std::function<const ODataProperty*(const QString&)> lookup,
           QString entityName)
        : tokens_(tokens), lookup_(std::move(lookup)), entityName_(std::move(entityName))
    {
    }

    ODataFilterResult parse()
    {
        SqlCondition condition = parseOr(0);
        if (error_.isEmpty() && peek().kind != ODataToken::Kind::End)
            fail(ODataFilter::tr("Syntax error at position %1: unexpected '%2'.").arg(peek().position).arg(peek().text));
        if (!error_.isEmpty())
            return {{}, error_};
        return {condition, {}};
    }

private:
    const ODataToken& peek() const { return tokens_[std::min(pos_, tokens_.size() - 1)]; }
    ODataToken next() { return tokens_[std::min(pos_++, tokens_.size() - 1)]; }
    bool failed() const { return !error_.isEmpty(); }
    SqlCondition fail(const QString& message)
    {
        if (error_.isEmpty())
            error_ = message;
        return {};
    }

    bool acceptKeyword(const QString& keyword)
    {
        if (peek().kind == ODataToken::Kind::Name && peek().text.compare(keyword, Qt::CaseInsensitive) == 0) {
            ++pos_;
            return true;
        }
        return false;
    }

    SqlCondition combine(const SqlCondition& a, const SqlCondition& b, const QString& op)
    {
        return {QLatin1Char('(') + a.sql + QLatin1Char(' ') + op + QLatin1Char(' ') + b.sql + QLatin1Char(')'),
                a.values + b.values};
    }

    SqlCondition parseOr(int depth)
    {
        SqlCondition left = parseAnd(depth);
        while (!failed() && acceptKeyword(QStringLiteral("or")))
            left = combine(left, parseAnd(depth), QStringLiteral("OR"));
        return left;
    }

    SqlCondition parseAnd(int depth)
    {
        SqlCondition left = parseUnary(depth);
        while (!failed() && acceptKeyword(QStringLiteral("and")))
            left = combine(left, parseUnary(depth), QStringLiteral("AND"));
        return left;
    }

    SqlCondition parseUnary(int depth)
    {
        if (depth > kMaxDepth)
            return fail(ODataFilter::tr("The filter is nested too deeply (more than %1 levels).").arg(kMaxDepth));
        if (acceptKeyword(QStringLiteral("not"))) {
            const SqlCondition inner = parseUnary(depth + 1);
            return {QStringLiteral("NOT (") + inner.sql + QLatin1Char(')'), inner.values};
        }
        if (peek().kind == ODataToken::Kind::Open) {
            ++pos_;
            SqlCondition inner = parseOr(depth + 1);
            if (!failed() && next().kind != ODataToken::Kind::Close)
                return fail(ODataFilter::tr("Syntax error: a ')' is missing."));
            return inner;
        }
        return parseComparison();
    }

    SqlCondition parseComparison()
    {
        const ODataToken name = next();
        if (name.kind != ODataToken::Kind::Name)
            return fail(ODataFilter::tr("Syntax error at position %1: a property name is expected.").arg(name.position));
        if (peek().kind == ODataToken::Kind::Open)
            return parseFunction(name);
        const ODataProperty* property = lookup_(name.text);
        if (!property)
            return fail(ODataFilter::tr("Could not find a property named '%1' on type '%2'.").arg(name.text, entityName_));
        const ODataToken op = next();
        if (op.kind != ODataToken::Kind::Name || !comparisonOperators().contains(op.text.toLower()))
            return fail(ODataFilter::tr("Syntax error at position %1: eq, ne, gt, lt, ge or le is expected after '%2'.")
                            .arg(op.position).arg(name.text));
        return compare(*property, op.text.toLower(), next());
    }

    // startswith/endswith/contains(property, 'text'): case-sensitive, as OData defines them,
    // except on properties compared without case (indicatorValue).
    SqlCondition parseFunction(const ODataToken& function)
    {
        static const QStringList supported{QStringLiteral("startswith"), QStringLiteral("endswith"), QStringLiteral("contains")};
        const QString name = function.text.toLower();
        if (!supported.contains(function.text))
            return fail(ODataFilter::tr("The function '%1' is not supported.").arg(function.text));
        ++pos_; // '('
        const ODataToken argument = next();
        const ODataProperty* property = argument.kind == ODataToken::Kind::Name ? lookup_(argument.text) : nullptr;
        if (argument.kind != ODataToken::Kind::Name)
            return fail(ODataFilter::tr("Syntax error at position %1: %2 takes a property name first.").arg(argument.position).arg(name));
        if (!property)
            return fail(ODataFilter::tr("Could not find a property named '%1' on type '%2'.").arg(argument.text, entityName_));
        if (property->kind != ODataKind::Text)
            return fail(ODataFilter::tr("The function '%1' is not supported on '%2'; it takes a text property.").arg(name, property->name));
        if (next().kind != ODataToken::Kind::Comma)
            return fail(ODataFilter::tr("Syntax error: %1 takes two arguments, a property and a 'string'.").arg(name));
        const ODataToken literal = next();
        if (literal.kind != ODataToken::Kind::String)
            return fail(ODataFilter::tr("Syntax error at position %1: %2 takes a 'string' second.").arg(literal.position).arg(name));
        if (next().kind != ODataToken::Kind::Close)
            return fail(ODataFilter::tr("Syntax error: a ')' is missing after %1's arguments.").arg(name));
        const QString column = property->ignoreCase ? QStringLiteral("lower(") + property->column + QLatin1Char(')') : property->column;
        const QString text = property->ignoreCase ? literal.text.toLower() : literal.text;
        if (name == QStringLiteral("contains"))
            return {QStringLiteral("instr(") + column + QStringLiteral(", ?) > 0"), {text}};
        if (name == QStringLiteral("startswith"))
            return {QStringLiteral("substr(") + column + QStringLiteral(", 1, length(?)) = ?"), {text, text}};
        return {QStringLiteral("(length(") + column + QStringLiteral(") >= length(?) AND substr(") + column
                    + QStringLiteral(", length(") + column + QStringLiteral(") - length(?) + 1) = ?)"),
                {text, text, text}};
    }

    SqlCondition compare(const ODataProperty& p, const QString& op, const ODataToken& literal)
    {
        if (literal.kind == ODataToken::Kind::Name && literal.text == QStringLiteral("null"))
            return compareNull(p, op);
        const bool equality = op == QStringLiteral("eq") || op == QStringLiteral("ne");
        const bool unordered = p.kind == ODataKind::Enum || p.kind == ODataKind::Bool || p.kind == ODataKind::TextCollection;
        if (unordered && !equality)
            return fail(ODataFilter::tr("The operator '%1' is not supported on '%2'; use eq or ne.").arg(op, p.name));
        const std::optional<QVariant> value = literalValue(p, literal);
        if (!value)
            return fail(ODataFilter::tr("'%1' is not a valid value for '%2'.").arg(literal.text, p.name));
        if (p.kind == ODataKind::TextCollection)
            return {(op == QStringLiteral("eq") ? QStringLiteral("EXISTS (") : QStringLiteral("NOT EXISTS ("))
                        + p.column + QLatin1Char(')'),
                    {*value}};
        const QString collate = p.ignoreCase ? QStringLiteral(" COLLATE NOCASE") : QString();
        return {p.column + QLatin1Char(' ') + sqlOperator(op) + QStringLiteral(" ?") + collate, {*value}};
    }

    SqlCondition compareNull(const ODataProperty& p, const QString& op)
    {
        if (p.kind == ODataKind::TextCollection || (op != QStringLiteral("eq") && op != QStringLiteral("ne")))
            return fail(ODataFilter::tr("null can only be compared with eq or ne on '%1'.").arg(p.name));
        return {p.column + (op == QStringLiteral("eq") ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL")), {}};
    }

    // The bound value for a literal, or nothing when it does not fit the property.
    static std::optional<QVariant> literalValue(const ODataProperty& p, const ODataToken& literal)
    {
        using Kind = ODataToken::Kind;
        switch (p.kind) {
        case ODataKind::Text: // a number is taken as written: ids are numbers in some captures
        case ODataKind::TextCollection:
            return literal.kind == Kind::String || literal.kind == Kind::Number ? std::optional<QVariant>(literal.text)
                                                                                 : std::nullopt;
        case ODataKind::Enum: {
            const std::optional<QString> stored = literal.kind == Kind::String && p.canonical ? p.canonical(literal.text)
                                                                                             : std::nullopt;
            return stored ? std::optional<QVariant>(*stored) : std::nullopt;
        }
        case ODataKind::Bool:
            if (literal.kind == Kind::Name && (literal.text == QStringLiteral("true") || literal.text == QStringLiteral("false")))
                return QVariant(literal.text == QStringLiteral("true") ? 1 : 0);
            return std::nullopt;
        case ODataKind::Number: {
            bool ok = false;
            const double number = literal.kind == Kind::Number ? literal.text.toDouble(&ok) : 0.0;
            return ok ? std::optional<QVariant>(number) : std::nullopt;
        }
        case ODataKind::DateTimeSeconds:
        case ODataKind::DateTimeMillis: {
            if (literal.kind != Kind::DateTime && literal.kind != Kind::String)
                return std::nullopt;
            const std::optional<TimePoint> t = parseIsoTimestamp(toStd(literal.text));
            if (!t)
                return std::nullopt;
            const qint64 seconds = t->time_since_epoch().count();
            return QVariant(p.kind == ODataKind::DateTimeMillis ? seconds * 1000 : seconds);
        }
        }
        return std::nullopt;
    }

    const QList<ODataToken>& tokens_;
    std::function<const ODataProperty*(const QString&)> lookup_;
    QString entityName_;
    qsizetype pos_ = 0;
    QString error_;
};

} // namespace

ODataFilter::ODataFilter(QString entityName, QList<ODataProperty> properties)
    : entityName_(std::move(entityName)), properties_(std::move(properties))
{
}

const ODataProperty* ODataFilter::property(const QString& name) const
{
    for (const ODataProperty& p : properties_)
        if (p.name == name)
            return &p;
    return nullptr;
}

ODataFilterResult ODataFilter::toSql(const QString& filter) const
{
    if (filter.trimmed().isEmpty())
        return {};
    const ODataLexResult lexed = ODataLexer::tokenize(filter);
    if (!lexed.ok())
        return {{}, lexed.error};
    Parser parser(lexed.tokens, [this](const QString& name) { return property(name); }, entityName_);
    return parser.parse();
}

} // namespace indicia::service
