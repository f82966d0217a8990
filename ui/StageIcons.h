#pragma once

#include "run/StepState.h"

#include <QIcon>

namespace cnpg {

// Icons drawn in code (no image files): crisp at any device pixel ratio, and distinguishable
// by shape as well as colour.
class StageIcons
{
public:
    static QIcon forState(StepState state);
    // The state's colour in those icons (the timeline draws its bars in it).
    static QColor colour(StepState state);
    enum class PageMark
    {
        Todo,
        Current,
        Complete,
        Invalid
    };
    static QIcon forPage(PageMark mark);
};

} // namespace cnpg
