#pragma once

#include "run/StepState.h"

#include <QString>

namespace cnpg {

// How StepListModel words what it shows: the states, the reasons, the column headers and the
// log's phrases. Core keeps codes and data; the UI supplies the translated words (ui/StepText)
// and the model asks for them whenever it is read, so that a language switch needs no reset.
class StepWording
{
public:
    virtual ~StepWording() = default;

    virtual QString state(StepState state) const = 0;
    // Why a step waits, retries or failed (`code`: a reason:: code or Azure's error name;
    // `detail`: the step, lock or error it concerns).
    virtual QString reason(const QString& code, const QString& detail) const = 0;
    // After a state in the log when the step is on its `attempt`-th attempt (> 1).
    virtual QString attempt(int attempt) const = 0;
    // A log line for the command that checks whether the resource already exists.
    virtual QString probe(const QString& command) const = 0;
    // The state of a remedy step that has not been needed (yet).
    virtual QString onlyIfNeeded() const = 0;
    // A download's progress: `total` is 0 when unknown.
    virtual QString download(qint64 done, qint64 total) const = 0;
    virtual QString elapsed(qint64 ms) const = 0;
    // A step's live state as its source reports it (Azure's provisioningState, CloudNativePG's
    // phase); by default shown as it comes.
    virtual QString liveState(const QString& state) const { return state; }
    // The title of a StepListModel::Column.
    virtual QString header(int column) const = 0;
};

} // namespace cnpg
