#pragma once
// OData $filter (indicators-api.md 1.4) to a parameterised SQL condition: a tokenizer and a
// recursive-descent parser over
//     expr := and ('or' and)*      and := unary ('and' unary)*
//     unary := 'not' unary | '(' expr ')' | property op literal | function
//     op := eq | ne | gt | lt | ge | le
//     function := ('startswith' | 'endswith' | 'contains') '(' property ',' 'string' ')'
// The string functions apply to text properties only; any other function is refused with
// "The function 'x' is not supported.".
// Each property maps to an SQL column chosen by the service, never by the caller; every
// literal becomes a bound value, so no text of the request ever reaches the SQL string.

#include "service/odata_lexer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace indicia::service {

// A fragment of a WHERE clause and the values of its '?' placeholders, in order.
struct SqlCondition {
    QString sql;
    QVariantList values;
    bool isEmpty() const { return sql.isEmpty(); }
};
SqlCondition conjunction(const QList<SqlCondition>& parts); // "(a) AND (b)"; empty parts skipped

enum class ODataKind {
    Text,           // 'string'
    Enum,           // 'Name', canonicalised; eq and ne only
    Bool,           // true / false; eq and ne only
    Number,         // 123, 1.5
    DateTimeSeconds, // a column of unix seconds
    DateTimeMillis,  // a column of unix milliseconds
    TextCollection, // eq: some element equals; ne: none does. `column` holds an EXISTS subquery
                    // body with one '?' for the value.
};

struct ODataProperty {
    QString name;   // as clients spell it; case-sensitive
    QString column; // SQL expression (trusted: written by the service)
    ODataKind kind = ODataKind::Text;
    bool ignoreCase = false;
    // Enum: the stored spelling of a literal, or nothing when it is not a valid value.
    std::function<std::optional<QString>(const QString&)> canonical;
};

struct ODataFilterResult {
    SqlCondition condition;
    QString error; // an ODataError message
    bool ok() const { return error.isEmpty(); }
};

class ODataFilter {
    Q_DECLARE_TR_FUNCTIONS(ODataFilter)
public:
    ODataFilter(QString entityName, QList<ODataProperty> properties);
    ODataFilterResult toSql(const QString& filter) const;

private:
    const ODataProperty* property(const QString& name) const;
    QString entityName_;
    QList<ODataProperty> properties_;
};

} // namespace indicia::service
