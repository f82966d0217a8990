#include "JmesPathNode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A Pratt parser after the reference implementation (jmespath.py): the same binding powers,
// so that projections and filters bind the way az users expect.
namespace cnpg::sim {

namespace {

using jmes::ParseError;
using NodeP = std::shared_ptr<JmesPath::Node>;
using N = JmesPath::Node;

enum class T
{
    End,
    Ident,
    Quoted,
    Literal,
    Number,
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Cmp,
    Current
};

struct Token
{
    T type = T::End;
    QString text;
    QJsonValue value;
};

int bindingPower(T t)
{
    switch (t) {
    case T::Pipe:
        return 1;
    case T::Or:
        return 2;
    case T::And:
        return 3;
    case T::Cmp:
        return 5;
    case T::Flatten:
        return 9;
    case T::Star:
        return 20;
    case T::Filter:
        return 21;
    case T::Dot:
        return 40;
    case T::Not:
        return 45;
    case T::LBrace:
        return 50;
    case T::LBracket:
        return 55;
    case T::LParen:
        return 60;
    default:
        return 0;
    }
}

std::vector<Token> tokenize(const QString& s)
{
    std::vector<Token> out;
    int i = 0;
    const int n = int(s.size());
    auto peek = [&](int k) { return i + k < n ? s.at(i + k) : QChar(); };
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_')))
                ++j;
            out.push_back({T::Ident, s.mid(i, j - i), {}});
            i = j;
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('-') && peek(1).isDigit())) {
            int j = i + 1;
            while (j < n && s.at(j).isDigit())
                ++j;
            out.push_back({T::Number, s.mid(i, j - i), {}});
            i = j;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            int j = i + 1;
            QString body;
            while (j < n && s.at(j) != c) {
                if (s.at(j) == QLatin1Char('\\') && j + 1 < n) {
                    if (c == QLatin1Char('"'))
                        body += s.at(j);
                    ++j;
                }
                body += s.at(j++);
            }
            if (j >= n)
                throw ParseError("unterminated quote");
            i = j + 1;
            if (c == QLatin1Char('\'')) {
                out.push_back({T::Literal, body, QJsonValue(body)});
            } else if (c == QLatin1Char('"')) {
                const QJsonDocument d = QJsonDocument::fromJson(
                    (QStringLiteral("[\"") + body + QStringLiteral("\"]")).toUtf8());
                if (!d.isArray())
                    throw ParseError("bad quoted identifier");
                out.push_back({T::Quoted, d.array().at(0).toString(), {}});
            } else {
                const QJsonDocument d =
                    QJsonDocument::fromJson((QLatin1Char('[') + body + QLatin1Char(']')).toUtf8());
                if (!d.isArray() || d.array().size() != 1)
                    throw ParseError("bad JSON literal");
                out.push_back({T::Literal, body, d.array().at(0)});
            }
            continue;
        }
        const QString two = s.mid(i, 2);
        if (two == QLatin1String("[]")) {
            out.push_back({T::Flatten, two, {}});
            i += 2;
        } else if (two == QLatin1String("[?")) {
            out.push_back({T::Filter, two, {}});
            i += 2;
        } else if (two == QLatin1String("||")) {
            out.push_back({T::Or, two, {}});
            i += 2;
        } else if (two == QLatin1String("&&")) {
            out.push_back({T::And, two, {}});
            i += 2;
        } else if (two == QLatin1String("==") || two == QLatin1String("!=") ||
                   two == QLatin1String("<=") || two == QLatin1String(">=")) {
            out.push_back({T::Cmp, two, {}});
            i += 2;
        } else {
            static const QString singles = QStringLiteral(".*[]{}(),:|!<>@");
            static const T types[] = {T::Dot,    T::Star,   T::LBracket, T::RBracket, T::LBrace,
                                      T::RBrace, T::LParen, T::RParen,   T::Comma,    T::Colon,
                                      T::Pipe,   T::Not,    T::Cmp,      T::Cmp,      T::Current};
            const qsizetype k = singles.indexOf(c);
            if (k < 0)
                throw ParseError("unexpected character");
            out.push_back({types[k], QString(c), {}});
            ++i;
        }
    }
    out.push_back({T::End, {}, {}});
    return out;
}

NodeP make(N::Type t, std::vector<NodeP> kids = {})
{
    auto n = std::make_shared<N>();
    n->type = t;
    n->kids = std::move(kids);
    return n;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_t(std::move(tokens))
    {}

    NodeP parse()
    {
        NodeP n = expression(0);
        if (cur().type != T::End)
            throw ParseError("unexpected token");
        return n;
    }

private:
    const Token& cur() const { return m_t[m_pos]; }
    const Token& ahead(size_t k) const { return m_t[qMin(m_pos + k, m_t.size() - 1)]; }
    void advance() { m_pos = qMin(m_pos + 1, m_t.size() - 1); }
    void match(T t)
    {
        if (cur().type != t)
            throw ParseError("unexpected token");
        advance();
    }

    NodeP expression(int bp)
    {
        Token tok = cur();
        advance();
        NodeP left = nud(tok);
        while (bp < bindingPower(cur().type)) {
            tok = cur();
            advance();
            left = led(tok, left);
        }
        return left;
    }

    NodeP nud(const Token& tok)
    {
        switch (tok.type) {
        case T::Literal: {
            auto n = make(N::Literal);
            n->literal = tok.value;
            return n;
        }
        case T::Ident:
        case T::Quoted: {
            auto n = make(N::Field);
            n->name = tok.text;
            return n;
        }
        case T::Star:
            return make(N::ValueProjection,
                        {make(N::Identity), projectionRhs(bindingPower(T::Star))});
        case T::Filter:
            return filter(make(N::Identity));
        case T::LBrace:
            return multiHash();
        case T::Flatten:
            return make(N::Projection, {make(N::Flatten, {make(N::Identity)}),
                                        projectionRhs(bindingPower(T::Flatten))});
        case T::LBracket:
            if (cur().type == T::Number || cur().type == T::Colon)
                return index(make(N::Identity));
            if (cur().type == T::Star && ahead(1).type == T::RBracket) {
                advance();
                advance();
                return make(N::Projection,
                            {make(N::Identity), projectionRhs(bindingPower(T::Star))});
            }
            return multiList();
        case T::Current:
            return make(N::Identity);
        case T::Not:
            return make(N::Not, {expression(bindingPower(T::Not))});
        case T::LParen: {
            NodeP e = expression(0);
            match(T::RParen);
            return e;
        }
        default:
            throw ParseError("unexpected token");
        }
    }

    NodeP led(const Token& tok, NodeP left)
    {
        switch (tok.type) {
        case T::Dot:
            if (cur().type != T::Star)
                return make(N::Subexpr, {left, dotRhs(bindingPower(T::Dot))});
            advance();
            return make(N::ValueProjection, {left, projectionRhs(bindingPower(T::Dot))});
        case T::Pipe:
            return make(N::Pipe, {left, expression(bindingPower(T::Pipe))});
        case T::Or:
            return make(N::Or, {left, expression(bindingPower(T::Or))});
        case T::And:
            return make(N::And, {left, expression(bindingPower(T::And))});
        case T::LParen: {
            if (left->type != N::Field)
                throw ParseError("invalid function name");
            auto f = make(N::Function);
            f->name = left->name;
            while (cur().type != T::RParen) {
                f->kids.push_back(expression(0));
                if (cur().type == T::Comma)
                    advance();
            }
            match(T::RParen);
            return f;
        }
        case T::Filter:
            return filter(left);
        case T::Cmp: {
            auto c = make(N::Compare, {left, expression(bindingPower(T::Cmp))});
            c->name = tok.text;
            return c;
        }
        case T::Flatten:
            return make(N::Projection,
                        {make(N::Flatten, {left}), projectionRhs(bindingPower(T::Flatten))});
        case T::LBracket:
            if (cur().type == T::Number || cur().type == T::Colon)
                return index(left);
            match(T::Star);
            match(T::RBracket);
            return make(N::Projection, {left, projectionRhs(bindingPower(T::Star))});
        default:
            throw ParseError("unexpected token");
        }
    }

    NodeP index(NodeP left)
    {
        if (cur().type == T::Colon || ahead(1).type == T::Colon)
            throw ParseError("slices are not supported by the simulator");
        auto i = make(N::Index);
        i->index = cur().text.toInt();
        advance();
        match(T::RBracket);
        return make(N::Subexpr, {left, i});
    }

    NodeP filter(NodeP left)
    {
        NodeP cond = expression(0);
        match(T::RBracket);
        NodeP right =
            cur().type == T::Flatten ? make(N::Identity) : projectionRhs(bindingPower(T::Filter));
        return make(N::Filter, {left, right, cond});
    }

    NodeP projectionRhs(int bp)
    {
        if (bindingPower(cur().type) < 10)
            return make(N::Identity);
        if (cur().type == T::LBracket || cur().type == T::Filter)
            return expression(bp);
        if (cur().type == T::Dot) {
            advance();
            return dotRhs(bp);
        }
        throw ParseError("unexpected token after projection");
    }

    NodeP dotRhs(int bp)
    {
        switch (cur().type) {
        case T::Ident:
        case T::Quoted:
        case T::Star:
            return expression(bp);
        case T::LBracket:
            advance();
            return multiList();
        case T::LBrace:
            advance();
            return multiHash();
        default:
            throw ParseError("unexpected token after '.'");
        }
    }

    NodeP multiList()
    {
        auto n = make(N::MultiList);
        for (;;) {
            n->kids.push_back(expression(0));
            if (cur().type == T::RBracket)
                break;
            match(T::Comma);
        }
        match(T::RBracket);
        return n;
    }

    NodeP multiHash()
    {
        auto n = make(N::MultiHash);
        for (;;) {
            if (cur().type != T::Ident && cur().type != T::Quoted)
                throw ParseError("expected a key");
            n->keys << cur().text;
            advance();
            match(T::Colon);
            n->kids.push_back(expression(0));
            if (cur().type == T::RBrace)
                break;
            match(T::Comma);
        }
        match(T::RBrace);
        return n;
    }

    std::vector<Token> m_t;
    size_t m_pos = 0;
};

} // namespace

bool JmesPath::parse(const QString& expression, QString* error)
{
    m_expression = expression;
    m_root.reset();
    try {
        m_root = Parser(tokenize(expression)).parse();
        return true;
    } catch (const ParseError& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace cnpg::sim
