#include "run/LivePhase.h"

namespace cnpg {

namespace {

// A count as kubectl prints an integer field; -1 when absent or not a count.
int count(QStringView text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace

LivePhase LivePhase::parse(const QString& answer)
{
    LivePhase out;
    const qsizetype tab = answer.indexOf(QLatin1Char('\t'));
    out.phase = QStringView(answer).left(tab < 0 ? answer.size() : tab).trimmed().toString();
    if (tab < 0)
        return out;
    const QStringView counts = QStringView(answer).mid(tab + 1);
    const qsizetype slash = counts.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return out;
    out.ready = count(counts.left(slash));
    out.desired = count(counts.mid(slash + 1));
    return out;
}

} // namespace cnpg
