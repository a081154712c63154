// A small tokenizer and a flat reader for STIX 2 patterns. Because only OR joins are kept,
// brackets and parentheses do not change the meaning: the reader checks that they balance
// and then reads the comparisons between the OR keywords in order.

#include "engine/codec/stix_pattern.h"

#include "engine/codec/format_codes.h"
#include "engine/text_util.h"

#include <array>

namespace indicia::stix {

namespace {

enum class TokenKind { Open, Close, Word, String, OtherLiteral };

struct Token {
    TokenKind kind;
    std::string text; // word as written, or the unescaped string
};

bool isPathChar(char c)
{
    return text::isAsciiLetter(c) || text::isDigit(c) || c == '_' || c == '-' || c == ':' || c == '.'
           || c == '*';
}
bool isOperatorChar(char c) { return c == '=' || c == '!' || c == '<' || c == '>'; }

class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : text_(text) {}

    // False with `error` set when the text cannot be split into tokens.
    bool run(std::vector<Token>& out, std::string& error)
    {
        while (skipSpace()) {
            const char c = text_[pos_];
            if (c == '[' || c == '(') {
                out.push_back({TokenKind::Open, std::string(1, c)});
                ++pos_;
            } else if (c == ']' || c == ')') {
                out.push_back({TokenKind::Close, std::string(1, c)});
                ++pos_;
            } else if (c == '\'') {
                std::string value;
                if (!readString(value, error))
                    return false;
                out.push_back({TokenKind::String, std::move(value)});
            } else if (isOperatorChar(c)) {
                const std::size_t start = pos_;
                while (pos_ < text_.size() && isOperatorChar(text_[pos_]))
                    ++pos_;
                out.push_back({TokenKind::Word, std::string(text_.substr(start, pos_ - start))});
            } else if (isPathChar(c)) {
                out.push_back(readWord());
            } else {
                error = "unexpected character '" + std::string(1, c) + "'";
                return false;
            }
        }
        return true;
    }

private:
    bool skipSpace()
    {
        while (pos_ < text_.size() && text::isAsciiSpace(text_[pos_]))
            ++pos_;
        return pos_ < text_.size();
    }

    // 'it''s' is not STIX; STIX escapes with a backslash: 'it\'s', 'C:\\path'.
    bool readString(std::string& value, std::string& error)
    {
        ++pos_; // opening quote
        while (pos_ < text_.size()) {
            char c = text_[pos_++];
            if (c == '\'')
                return true;
            if (c == '\\' && pos_ < text_.size())
                c = text_[pos_++];
            value.push_back(c);
        }
        error = "a string literal is not closed";
        return false;
    }

    // A word: a keyword, a number, or an object path. A path may hold quoted parts
    // (file:hashes.'SHA-256') and list indexes (to_refs[*]); a literal prefix (h'..', t'..',
    // b'..') makes it a non-string literal.
    Token readWord()
    {
        std::string word;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (isPathChar(c)) {
                word.push_back(c);
                ++pos_;
            } else if (c == '\'' && (word.ends_with('.') || word == "h" || word == "b" || word == "t")) {
                if (!word.ends_with('.')) { // h'00ff', t'2020-01-01T00:00:00Z', b'...'
                    std::string ignored, error;
                    readString(ignored, error);
                    return {TokenKind::OtherLiteral, word + "'" + ignored + "'"};
                }
                std::string part, error;
                readString(part, error);
                word += part;
            } else if (c == '[' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == '*' || text::isDigit(text_[pos_ + 1]))) {
                const std::size_t close = text_.find(']', pos_);
                if (close == std::string_view::npos)
                    break;
                word.append(text_.substr(pos_, close + 1 - pos_));
                pos_ = close + 1;
            } else {
                break;
            }
        }
        return {TokenKind::Word, std::move(word)};
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

bool isKeyword(const std::string& word, std::string_view keyword) { return text::equalsIgnoreCase(word, keyword); }

// Keywords that make a pattern mean more than "any of these values".
constexpr std::array<std::string_view, 8> kUnsupportedKeywords = {
    "AND", "FOLLOWEDBY", "NOT", "WITHIN", "REPEATS", "START", "STOP", "TIMES"};
constexpr std::array<std::string_view, 9> kUnsupportedOperators = {
    "!=", "<", ">", "<=", ">=", "LIKE", "MATCHES", "IN", "ISSUPERSET"};

PatternParse failure(std::string_view code, std::string message)
{
    PatternParse parse;
    parse.errorCode = code;
    parse.error = std::move(message);
    return parse;
}

// "file:hashes.SHA-256" -> {"file", "hashes.SHA-256"}.
bool splitPath(const std::string& path, Comparison& out)
{
    const std::size_t colon = path.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == path.size())
        return false;
    out.objectType = text::toLowerAscii(path.substr(0, colon));
    out.property = path.substr(colon + 1);
    return true;
}

bool bracketsBalance(const std::vector<Token>& tokens)
{
    int depth = 0;
    for (const Token& token : tokens) {
        depth += token.kind == TokenKind::Open ? 1 : token.kind == TokenKind::Close ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace

PatternParse parsePattern(std::string_view pattern)
{
    std::vector<Token> tokens;
    std::string error;
    if (!Tokenizer(pattern).run(tokens, error))
        return failure(codes::kStixPatternInvalid, "The pattern cannot be read: " + error + ".");
    if (!bracketsBalance(tokens))
        return failure(codes::kStixPatternInvalid, "The pattern's brackets do not balance.");

    std::vector<const Token*> words; // everything but brackets, in order
    for (const Token& token : tokens) {
        if (token.kind == TokenKind::Word) {
            for (std::string_view keyword : kUnsupportedKeywords) {
                if (isKeyword(token.text, keyword))
                    return failure(codes::kStixPatternUnsupported,
                                   "The pattern uses " + std::string(keyword)
                                       + ", which no single indicator can express.");
            }
        }
        if (token.kind != TokenKind::Open && token.kind != TokenKind::Close)
            words.push_back(&token);
    }

    PatternParse parse;
    for (std::size_t i = 0; i < words.size();) {
        if (i > 0) { // between comparisons: OR
            if (words[i]->kind != TokenKind::Word || !isKeyword(words[i]->text, "OR"))
                return failure(codes::kStixPatternInvalid, "Expected OR between comparisons.");
            ++i;
        }
        if (i + 3 > words.size())
            return failure(codes::kStixPatternInvalid, "A comparison is incomplete.");
        const Token& path = *words[i];
        const Token& op = *words[i + 1];
        const Token& value = *words[i + 2];
        i += 3;
        Comparison comparison;
        if (path.kind != TokenKind::Word || !splitPath(path.text, comparison))
            return failure(codes::kStixPatternInvalid, "Expected an object path such as file:hashes.MD5.");
        for (std::string_view unsupported : kUnsupportedOperators) {
            if (isKeyword(op.text, unsupported))
                return failure(codes::kStixPatternUnsupported,
                               "The operator " + std::string(unsupported) + " matches a set of values, "
                               "not one indicator.");
        }
        if (op.text != "=" && !isKeyword(op.text, "ISSUBSET"))
            return failure(codes::kStixPatternInvalid, "Unknown operator \"" + op.text + "\".");
        if (value.kind != TokenKind::String)
            return failure(codes::kStixPatternUnsupported,
                           "Only string values can become indicators, not " + value.text + ".");
        comparison.op = op.text == "=" ? "=" : "ISSUBSET";
        comparison.value = value.text;
        parse.comparisons.push_back(std::move(comparison));
    }
    if (parse.comparisons.empty())
        return failure(codes::kStixPatternInvalid, "The pattern holds no comparison.");
    return parse;
}

} // namespace indicia::stix
