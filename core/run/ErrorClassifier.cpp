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
