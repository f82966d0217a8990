#include "run/ErrorClassifier.h"

#include <QRegularExpression>

namespace cnpg {

namespace {
const QRegularExpression& patternFor(TransientError e)
{
    // Compiled once; the patterns are constants of the plan (thread-safe static init).
    static const QList<QRegularExpression> all = [] {
        QList<QRegularExpression> out;
        for (int t = 0; t < TransientErrorCount; ++t)
            out << QRegularExpression(transientErrorPattern(TransientError(t)));
        return out;
    }();
    return all.at(int(e));
}
} // namespace

bool ErrorClassifier::isNotFound(const QString& program, int exitCode, const QString& errorText)
{
    // azure-cli exits with 3 for a resource that does not exist and with 1 or 2 for anything
    // else, even when the message says "not found" (a subscription, a login).
    if (program == QLatin1String("az") && exitCode != 3)
        return false;
    static const QRegularExpression re(notFoundPattern());
    return re.match(errorText).hasMatch();
}

ErrorClassifier::ProbeAnswer ErrorClassifier::probeAnswer(const QString& program, int exitCode,
                                                          bool succeeded,
                                                          const QString& standardOutput,
                                                          const QString& errorText,
                                                          const QString& expect)
{
    if (succeeded) {
        const QString out = standardOutput.trimmed();
        // An empty answer (role assignments: `--query [0].id` of no match) or another value
        // than the expected one (`storage container exists` prints false) is an absence.
        if (out.isEmpty() || (!expect.isEmpty() && out != expect))
            return ProbeAnswer::NotFound;
        return ProbeAnswer::Found;
    }
    return isNotFound(program, exitCode, errorText) ? ProbeAnswer::NotFound : ProbeAnswer::Unknown;
}

bool ErrorClassifier::matches(const QString& text, TransientError error)
{
    return patternFor(error).match(text).hasMatch();
}

std::optional<TransientError> ErrorClassifier::match(const QString& text,
                                                     const QList<TransientError>& candidates)
{
    for (TransientError e : candidates) {
        if (matches(text, e))
            return e;
    }
    return std::nullopt;
}

QString ErrorClassifier::azureCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("\\(([A-Za-z][A-Za-z0-9.]+)\\)"));
    const auto m = code.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString ErrorClassifier::summary(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString last;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("ERROR:")))
            return line;
        last = line;
    }
    return last;
}

} // namespace cnpg
