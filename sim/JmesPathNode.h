#pragma once
// The syntax tree of a JMESPath expression, shared by the parser (JmesPath.cpp) and the
// evaluator (JmesPathEval.cpp). Not part of the simulator's API.

#include "JmesPath.h"

#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <stdexcept>
#include <vector>

namespace cnpg::sim {

struct JmesPath::Node
{
    enum Type
    {
        Identity,
        Field,
        Index,
        Literal,
        Subexpr,
        Projection,
        ValueProjection,
        Flatten,
        Filter,
        MultiList,
        MultiHash,
        Or,
        And,
        Not,
        Compare,
        Pipe,
        Function
    } type = Identity;
    QString name; // field, function or comparison operator
    int index = 0;
    QJsonValue literal;
    QStringList keys; // multi-select hash
    std::vector<std::shared_ptr<Node>> kids;
};

namespace jmes {

struct ParseError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

QJsonValue eval(const JmesPath::Node& n, const QJsonValue& v);

} // namespace jmes
} // namespace cnpg::sim
