#include "TimelineChart.h"

#include "StageIcons.h"
#include "StepText.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace cnpg {

namespace {
constexpr qreal Margin = 8;
constexpr qreal MinLabelWidth = 120;
constexpr qreal TickSpacing = 72; // logical pixels between labelled ticks, at least

const QColor WaitingColour(0xc4, 0xc9, 0xd0);
const QColor RemedyColour(0x7b, 0x3f, 0xb5);
const QColor CriticalColour(0x1a, 0x1a, 0x1a);
const QColor GridColour(0xe3, 0xe6, 0xea);
const QColor StripeColour(0xf6, 0xf7, 0xf9);
const QColor TextColour(0x20, 0x24, 0x28);
const QColor MutedColour(0x5f, 0x66, 0x6d);

// An earlier attempt's run ended in a transient error: drawn in the retry colour.
QColor runColour(const Timeline::Row& row, const Timeline::Span& span)
{
    if (span.attempt < row.attempts)
        return StageIcons::colour(StepState::Retrying);
    return StageIcons::colour(row.live ? StepState::Running : row.state);
}
} // namespace

TimelineChart::TimelineChart(Timeline timeline, const Plan& plan,
                             const QHash<QString, QString>& values, const QFont& font)
    : m_timeline(std::move(timeline))
    , m_font(font)
    , m_bold(font)
{
    m_bold.setBold(true);
    for (const Timeline::Row& row : m_timeline.rows()) {
        const Step* step = plan.find(row.stepId);
        if (!step)
            continue;
        const QString name = step->resourceName.isEmpty()
                                 ? QString()
                                 : Plan::expandArgs({step->resourceName}, values, {}).value(0);
        m_titles.insert(row.stepId, {step->title, name, row.remedyStep});
    }
}

QString TimelineChart::title(const QString& stepId) const
{
    const auto it = m_titles.constFind(stepId);
    if (it == m_titles.cend())
        return stepId;
    // Translated when asked: a chart built before a language change words it in the new one.
    QString t = QCoreApplication::translate("cnpg::Plan", qPrintable(it->source));
    if (!it->resource.isEmpty())
        t += QStringLiteral(" · ") + it->resource;
    return it->remedy ? QStringLiteral("↻ ") + t : t;
}

QString TimelineChart::formatTime(qint64 ms)
{
    return StepText::formatElapsed(std::max<qint64>(0, ms));
}

void TimelineChart::layout(qreal width)
{
    const QFontMetricsF fm(m_font);
    const QFontMetricsF bold(m_bold);
    m_width = width;
    m_lineHeight = std::ceil(fm.height());
    m_rowHeight = std::ceil(fm.height() + 8);
    qreal label = MinLabelWidth;
    for (const Timeline::Row& row : m_timeline.rows())
        label = std::max(label, bold.horizontalAdvance(title(row.stepId)) + 2 * Margin);
    label = std::min(label, std::max(MinLabelWidth, width * 0.4));
    m_plotLeft = label;
    m_plotRight =
        std::max(m_plotLeft + 40,
                 width - Margin - fm.horizontalAdvance(formatTime(m_timeline.extentMs())) / 2);
    m_headerHeight = Margin + 3 * (m_lineHeight + 4);
    m_axisTop = m_headerHeight;
    m_rowsTop = m_axisTop + m_lineHeight + 6;
    m_height = m_rowsTop + m_timeline.rows().size() * m_rowHeight + Margin;
}

qreal TimelineChart::xOf(qint64 ms) const
{
    const qint64 extent = std::max<qint64>(1, m_timeline.extentMs());
    return m_plotLeft + (m_plotRight - m_plotLeft) * qreal(ms) / qreal(extent);
}

QRectF TimelineChart::rowRect(int row) const
{
    if (row < 0 || row >= m_timeline.rows().size())
        return {};
    return QRectF(0, m_rowsTop + row * m_rowHeight, m_width, m_rowHeight);
}

QRectF TimelineChart::spanRect(int row, int span) const
{
    const QRectF band = rowRect(row);
    if (band.isNull() || span < 0 || span >= m_timeline.rows().at(row).spans.size())
        return {};
    const Timeline::Span& s = m_timeline.rows().at(row).spans.at(span);
    // Waiting is a thin line through the middle; running and pauses fill most of the band.
    const qreal h =
        s.kind == Timeline::SpanKind::Waiting ? band.height() * 0.25 : band.height() * 0.64;
    const qreal left = xOf(s.fromMs);
    const qreal w = std::max<qreal>(1.0, xOf(s.toMs) - left);
    return QRectF(left, band.center().y() - h / 2, w, h);
}

int TimelineChart::rowAt(const QPointF& point) const
{
    if (point.y() < m_rowsTop)
        return -1;
    const int row = int((point.y() - m_rowsTop) / m_rowHeight);
    return row < m_timeline.rows().size() ? row : -1;
}

QStringList TimelineChart::totals() const
{
    const Timeline& t = m_timeline;
    QStringList lines;
    const QString wall = formatTime(t.wallMs());
    const QString sum = formatTime(t.sumMs());
    const QString ratio = t.wallMs() > 0
                              ? QLocale().toString(double(t.sumMs()) / double(t.wallMs()), 'f', 1)
                              : QStringLiteral("1.0");
    lines << (t.isLive() ? tr("This run so far: %1. Its steps one after another, in the guide's "
                              "order: %2 (%3 times as long).")
                         : tr("This run took %1. Its steps one after another, in the guide's "
                              "order, would have taken %2 (%3 times as long)."))
                 .arg(wall, sum, ratio);
    qint64 critical = 0;
    if (!t.criticalPath().isEmpty()) {
        const Timeline::Row* first = t.row(t.criticalPath().constFirst());
        const Timeline::Row* last = t.row(t.criticalPath().constLast());
        critical = last->endMs - first->startMs;
    }
    QString line = tr("Critical path: %n step(s), %1.", nullptr, int(t.criticalPath().size()))
                       .arg(formatTime(critical));
    if (t.earlierRunSteps() > 0)
        line += QLatin1Char(' ') + tr("%n step(s) done in an earlier run are not drawn.", nullptr,
                                      t.earlierRunSteps());
    lines << line;
    return lines;
}

QString TimelineChart::details(int row) const
{
    if (row < 0 || row >= m_timeline.rows().size())
        return {};
    const Timeline::Row& r = m_timeline.rows().at(row);
    QStringList lines{title(r.stepId) + QStringLiteral(" (") + r.stepId + QLatin1Char(')')};
    if (r.ran())
        lines << tr("Ran from %1 to %2: %3")
                     .arg(formatTime(r.startMs), formatTime(r.endMs), formatTime(r.durationMs()));
    lines << tr("Waited from %1").arg(formatTime(r.queuedMs));
    if (r.attempts > 1)
        lines << tr("%n attempt(s)", nullptr, r.attempts);
    if (r.critical)
        lines << tr("On the critical path");
    return lines.join(QLatin1Char('\n'));
}

void TimelineChart::paint(QPainter& p, qreal scrollY, qreal viewHeight) const
{
    const qreal bottom = viewHeight > 0 ? viewHeight : m_height;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, m_width, bottom), Qt::white);
    p.save();
    p.setClipRect(QRectF(0, m_rowsTop, m_width, bottom - m_rowsTop));
    p.translate(0, -scrollY);
    for (int i = 1; i < m_timeline.rows().size(); i += 2)
        p.fillRect(rowRect(i), StripeColour);
    paintAxis(p, false, m_height - Margin);
    for (int i = 0; i < m_timeline.rows().size(); ++i) {
        const QRectF band = rowRect(i);
        if (band.bottom() >= scrollY + m_rowsTop && band.top() <= scrollY + bottom)
            paintRow(p, i);
    }
    p.restore();
    paintHeader(p);
    paintAxis(p, true, m_rowsTop);
    p.restore();
}

namespace {
void drawPause(QPainter& p, const QRectF& r, const QColor& colour)
{
    QColor fill = colour;
    fill.setAlpha(48);
    p.setBrush(fill);
    p.setPen(QPen(colour, 1.2, Qt::DashLine));
    p.drawRect(r.adjusted(0.6, 0.6, -0.6, -0.6));
}
} // namespace

void TimelineChart::paintHeader(QPainter& p) const
{
    const QStringList lines = totals();
    p.setFont(m_font);
    p.setPen(TextColour);
    qreal y = Margin;
    for (const QString& line : lines) {
        p.drawText(QRectF(Margin, y, m_width - 2 * Margin, m_lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
        y += m_lineHeight + 4;
    }
    // The legend: each kind of bar with its name.
    const QFontMetricsF fm(m_font);
    const qreal sw = 22;
    const qreal h = m_lineHeight * 0.64;
    qreal x = Margin;
    const auto item = [&](const QString& text, const std::function<void(const QRectF&)>& draw) {
        const QRectF swatch(x, y + (m_lineHeight - h) / 2, sw, h);
        p.save();
        draw(swatch);
        p.restore();
        x += sw + 4;
        p.setPen(MutedColour);
        p.drawText(QPointF(x, y + fm.ascent() + (m_lineHeight - fm.height()) / 2), text);
        x += fm.horizontalAdvance(text) + 14;
    };
    p.setPen(Qt::NoPen);
    item(tr("waiting"), [&](const QRectF& r) {
        p.fillRect(QRectF(r.left(), r.center().y() - h * 0.2, r.width(), h * 0.4), WaitingColour);
    });
    item(tr("running"),
         [&](const QRectF& r) { p.fillRect(r, StageIcons::colour(StepState::Running)); });
    item(tr("done"),
         [&](const QRectF& r) { p.fillRect(r, StageIcons::colour(StepState::Succeeded)); });
    item(tr("failed"),
         [&](const QRectF& r) { p.fillRect(r, StageIcons::colour(StepState::Failed)); });
    item(tr("pause before a retry"),
         [&](const QRectF& r) { drawPause(p, r, StageIcons::colour(StepState::Retrying)); });
    item(tr("remedy branch"), [&](const QRectF& r) { drawPause(p, r, RemedyColour); });
    item(tr("critical path"), [&](const QRectF& r) {
        p.fillRect(r, StageIcons::colour(StepState::Succeeded));
        p.setPen(QPen(CriticalColour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(1, 1, -1, -1));
    });
}

void TimelineChart::paintAxis(QPainter& p, bool labels, qreal bottom) const
{
    const qint64 extent = m_timeline.extentMs();
    const int maxTicks = std::max(1, int((m_plotRight - m_plotLeft) / TickSpacing));
    const qint64 interval = Timeline::tickInterval(extent, maxTicks);
    const QFontMetricsF fm(m_font);
    for (qint64 t = 0; t <= extent; t += interval) {
        const qreal x = xOf(t);
        if (!labels) {
            p.setPen(QPen(GridColour, 1));
            p.drawLine(QPointF(x, m_rowsTop - 2), QPointF(x, bottom));
            continue;
        }
        const QString label = formatTime(t);
        p.setPen(MutedColour);
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2, m_axisTop + fm.ascent()), label);
    }
}

void TimelineChart::paintRow(QPainter& p, int i) const
{
    const Timeline::Row& row = m_timeline.rows().at(i);
    const QRectF band = rowRect(i);
    p.setFont(row.critical ? m_bold : m_font);
    p.setPen(row.remedyStep ? RemedyColour : TextColour);
    const QFontMetricsF fm(p.font());
    const QRectF label(Margin, band.top(), m_plotLeft - 2 * Margin, band.height());
    p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
               fm.elidedText(title(row.stepId), Qt::ElideRight, label.width()));
    p.setFont(m_font);
    for (int s = 0; s < row.spans.size(); ++s) {
        const Timeline::Span& span = row.spans.at(s);
        const QRectF r = spanRect(i, s);
        switch (span.kind) {
        case Timeline::SpanKind::Waiting:
            p.fillRect(r, WaitingColour);
            break;
        case Timeline::SpanKind::Pause:
            drawPause(p, r, span.remedy ? RemedyColour : StageIcons::colour(StepState::Retrying));
            break;
        case Timeline::SpanKind::Running:
            p.fillRect(r, runColour(row, span));
            if (row.critical) {
                p.setPen(QPen(CriticalColour, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            // A retry says which attempt it is, where there is room.
            if (span.attempt > 1 && r.width() > fm.horizontalAdvance(QStringLiteral("#00"))) {
                p.setPen(Qt::white);
                p.drawText(r, Qt::AlignCenter, QStringLiteral("#%1").arg(span.attempt));
            }
            break;
        }
    }
}

QImage TimelineChart::toImage(qreal width, qreal scale) const
{
    TimelineChart chart(*this);
    chart.layout(width);
    QImage image(QSize(int(std::ceil(width * scale)), int(std::ceil(chart.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    chart.paint(p);
    p.end();
    return image;
}

QByteArray TimelineChart::toSvg(qreal width, const QString& title) const
{
    TimelineChart chart(*this);
    chart.layout(width);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setTitle(title);
    svg.setSize(QSize(int(std::ceil(width)), int(std::ceil(chart.height()))));
    svg.setViewBox(QRectF(0, 0, width, chart.height()));
    svg.setResolution(96);
    QPainter p(&svg);
    chart.paint(p);
    p.end();
    return buffer.data();
}

} // namespace cnpg
