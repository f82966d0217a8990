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
    // What a probe's run says about its resource. Only the tools' own "not found" answers
    // (and, for queries that print nothing when nothing matches, an empty success) mean
    // absent; any other failure means the probe could not tell, and the create must not run.
    enum class ProbeAnswer
    {
        Found,
        NotFound,
        Unknown,
    };
    static ProbeAnswer probeAnswer(const QString& program, int exitCode, bool succeeded,
                                   const QString& standardOutput, const QString& errorText,
                                   const QString& expect);
    // Whether a failed probe's output is its tool's "not found" (az: exit code 3 and one of
    // ARM's not-found texts; kubectl: NotFound or an unknown plugin; helm: release not found).
    static bool isNotFound(const QString& program, int exitCode, const QString& errorText);

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
