#pragma once

#include "run/StepWording.h"

namespace cnpg {

// The progress model's words in the UI's language: states, reasons, headers, log phrases.
class StepText : public StepWording
{
public:
    static QString stateText(StepState state);
    // Why a step waits, retries or failed (`detail`: the step, lock or error).
    static QString reasonText(const QString& code, const QString& detail);
    // "m:ss", or "h:mm:ss" from an hour on.
    static QString formatElapsed(qint64 ms);

    QString state(StepState state) const override { return stateText(state); }
    QString reason(const QString& code, const QString& detail) const override
    {
        return reasonText(code, detail);
    }
    QString attempt(int attempt) const override;
    QString probe(const QString& command) const override;
    QString onlyIfNeeded() const override;
    QString download(qint64 done, qint64 total) const override;
    QString elapsed(qint64 ms) const override { return formatElapsed(ms); }
    // CloudNativePG's cluster and backup phases in the UI's language, with the ready instances
    // when the query reports them (run/LivePhase); other states as they come.
    QString liveState(const QString& state) const override;
    QString header(int column) const override;

private:
    static QString phaseText(const QString& phase);
};

} // namespace cnpg
