#include "StageIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cnpg {

namespace {

enum class Glyph
{
    None,
    Check,
    Cross,
    Dot,
    Arrow,
    Bang,
    Clock,
    Spin,
    Slash
};

QPixmap draw(int size, const QColor& colour, bool filled, Glyph glyph)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal m = size * 0.08;
    const QRectF r(m, m, size - 2 * m, size - 2 * m);
    const qreal pen = std::max<qreal>(1.0, size * 0.1);
    p.setPen(QPen(colour, pen));
    p.setBrush(filled ? QBrush(colour) : Qt::NoBrush);
    p.drawEllipse(r.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
    const QColor ink = filled ? QColor(Qt::white) : colour;
    p.setPen(QPen(ink, pen * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    const qreal s = size;
    QPainterPath path;
    switch (glyph) {
    case Glyph::None:
        break;
    case Glyph::Check:
        path.moveTo(s * 0.30, s * 0.52);
        path.lineTo(s * 0.45, s * 0.66);
        path.lineTo(s * 0.71, s * 0.36);
        p.drawPath(path);
        break;
    case Glyph::Cross:
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Glyph::Dot:
        p.setBrush(ink);
        p.drawEllipse(QPointF(s / 2, s / 2), s * 0.1, s * 0.1);
        break;
    case Glyph::Arrow:
        path.moveTo(s * 0.42, s * 0.30);
        path.lineTo(s * 0.62, s * 0.50);
        path.lineTo(s * 0.42, s * 0.70);
        p.drawPath(path);
        break;
    case Glyph::Bang:
        p.drawLine(QPointF(s / 2, s * 0.28), QPointF(s / 2, s * 0.56));
        p.drawPoint(QPointF(s / 2, s * 0.72));
        break;
    case Glyph::Clock:
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.30));
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.66, s * 0.58));
        break;
    case Glyph::Spin:
        p.drawArc(QRectF(s * 0.3, s * 0.3, s * 0.4, s * 0.4), 90 * 16, 270 * 16);
        break;
    case Glyph::Slash:
        p.drawLine(QPointF(s * 0.32, s * 0.68), QPointF(s * 0.68, s * 0.32));
        break;
    }
    return pm;
}

QIcon make(const QColor& colour, bool filled, Glyph glyph)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(draw(size, colour, filled, glyph));
    return icon;
}

} // namespace

QColor StageIcons::colour(StepState state)
{
    switch (state) {
    case StepState::Running:
        return QColor(0x1e, 0x6f, 0xd9);
    case StepState::Retrying:
        return QColor(0xe0, 0x7b, 0x00);
    case StepState::Succeeded:
    case StepState::Skipped:
        return QColor(0x2e, 0x7d, 0x32);
    case StepState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case StepState::Pending:
    case StepState::Waiting:
    case StepState::Cancelled:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QIcon StageIcons::forState(StepState state)
{
    const QColor c = colour(state);
    switch (state) {
    case StepState::Pending:
        return make(c, false, Glyph::None);
    case StepState::Waiting:
        return make(c, false, Glyph::Clock);
    case StepState::Running:
        return make(c, true, Glyph::Spin);
    case StepState::Retrying:
        return make(c, true, Glyph::Spin);
    case StepState::Succeeded:
        return make(c, true, Glyph::Check);
    case StepState::Skipped:
        return make(c, false, Glyph::Check);
    case StepState::Failed:
        return make(c, true, Glyph::Cross);
    case StepState::Cancelled:
        return make(c, true, Glyph::Slash);
    }
    return {};
}

QIcon StageIcons::forPage(PageMark mark)
{
    switch (mark) {
    case PageMark::Todo:
        return make(QColor(0x8a, 0x8a, 0x8a), false, Glyph::None);
    case PageMark::Current:
        return make(QColor(0x1e, 0x6f, 0xd9), true, Glyph::Arrow);
    case PageMark::Complete:
        return make(QColor(0x2e, 0x7d, 0x32), true, Glyph::Check);
    case PageMark::Invalid:
        return make(QColor(0xe0, 0x7b, 0x00), true, Glyph::Bang);
    }
    return {};
}

} // namespace cnpg
