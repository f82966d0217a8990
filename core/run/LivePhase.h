#pragma once

#include <QString>

namespace cnpg {

// What a step's live status query prints (Step::liveStatus): the resource's phase, and for a
// resource with instances a tab and "ready/desired" after it ("Creating a new replica\t2/3").
// kubectl prints nothing for an absent field, and CloudNativePG leaves readyInstances out while
// it is 0, so either count may be missing; the text is data, the UI words it.
struct LivePhase
{
    QString phase;
    int ready = -1;   // -1: not reported
    int desired = -1; // -1: not reported

    static LivePhase parse(const QString& answer);
    // Both counts known: "ready of desired" means something.
    bool hasCounts() const { return ready >= 0 && desired > 0; }
    // Counts without a phase say too little to show; the next poll will tell more.
    bool isEmpty() const { return phase.isEmpty(); }
};

} // namespace cnpg
