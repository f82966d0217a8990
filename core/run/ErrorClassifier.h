#pragma once

#include "plan/Plan.h"

#include <QList>
#include <QString>
#include <optional>

namespace cnpg {

// Reads a failed tool's output: which of a step's known transient errors it is (with the same
// patterns as the exported script's with_retry, Plan's transientErrorPattern()), and the line
// worth showing to a person.
class ErrorClassifier
{
public:
    // The first of `candidates` whose pattern occurs in `text`, in the order given.
    static std::optional<TransientError> match(const QString& text,
                                               const QList<TransientError>& candidates);
    // Whether `text` shows `error` at all.
    static bool matches(const QString& text, TransientError error);
    // Azure's error code in "(Code) message", when there is one.
    static QString azureCode(const QString& text);
    // The most telling line: "ERROR: ..." when the CLI printed one, else the last non-empty
    // line. Empty for empty output.
    static QString summary(const QString& text);
};

} // namespace cnpg
