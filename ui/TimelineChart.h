#pragma once

#include "run/Timeline.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace cnpg {

// Lays out and paints a Timeline: the totals and a legend on top, a time axis, then a row per
// step (its title on the left, its spans on the right). The one drawing used by the window, the
// PNG and SVG exports and the HTML report, so that they all show the same. Logical pixels
// throughout: the painter's device decides the resolution.
class TimelineChart
{
    Q_DECLARE_TR_FUNCTIONS(cnpg::TimelineChart)
public:
    // `values` name each step's resource in its row's title (as the Steps tab does).
    TimelineChart(Timeline timeline, const Plan& plan, const QHash<QString, QString>& values,
                  const QFont& font);

    // Places everything for this width (in logical pixels); height() follows.
    void layout(qreal width);
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    const Timeline& timeline() const { return m_timeline; }

    // Where the axis puts a time (ms from the run's start).
    qreal xOf(qint64 ms) const;
    // The row's band, and the span's bar in it (empty when there is no such row or span).
    QRectF rowRect(int row) const;
    QRectF spanRect(int row, int span) const;
    // Which row is at this point (-1: none).
    int rowAt(const QPointF& point) const;
    // The step's translated title.
    QString title(const QString& stepId) const;
    // The totals line: the wall time against the steps' sum, and the critical path.
    QStringList totals() const;
    // A row's details for a tooltip.
    QString details(int row) const;

    // The whole chart; or, on screen, its rows scrolled by `scrollY` under a header (totals,
    // legend, axis) that stays in place, in a view `viewHeight` tall.
    void paint(QPainter& painter, qreal scrollY = 0, qreal viewHeight = -1) const;
    // Where the rows begin: the header's height.
    qreal rowsTop() const { return m_rowsTop; }
    // The whole chart at this width as an image of `scale` device pixels per logical pixel.
    QImage toImage(qreal width, qreal scale) const;
    // The whole chart at this width as an SVG document (`title`: its <title>).
    QByteArray toSvg(qreal width, const QString& title) const;

    static QString formatTime(qint64 ms);

private:
    void paintHeader(QPainter& p) const;
    void paintAxis(QPainter& p, bool labels, qreal bottom) const;
    void paintRow(QPainter& p, int row) const;

    struct Title
    {
        QString source;   // the plan's English title
        QString resource; // the step's resource, by name
        bool remedy = false;
    };

    Timeline m_timeline;
    QHash<QString, Title> m_titles;
    QFont m_font;
    QFont m_bold;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_lineHeight = 16;
    qreal m_rowHeight = 22;
    qreal m_headerHeight = 0;
    qreal m_axisTop = 0;
    qreal m_rowsTop = 0;
    qreal m_plotLeft = 0;
    qreal m_plotRight = 0;
};

} // namespace cnpg
