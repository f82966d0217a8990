#pragma once

#include "preflight/Readiness.h"

#include <QString>

namespace cnpg {

// The words for the readiness findings, in the current translator's language; the wizard and
// the command line print the same sentences.
class ReadinessText
{
public:
    static QString title(CheckId check);
    static QString verdict(Verdict verdict);
    // What was found, with its numbers.
    static QString describe(const Finding& finding);
    // What to do about it; empty when nothing needs doing.
    static QString fix(const Finding& finding);
    // "[blocking] vCPU quota: ... Fix: ..." for the command line and the run report.
    static QString line(const Finding& finding);

private:
    // Members rather than free functions so that lupdate files their text under this class.
    static QString sizeItems(const QStringList& items);
    static QString versionText(const Finding& f);
    static QString quotaText(const Finding& f);
    static QString sizesText(const Finding& f);
    static QString notRunText(const Finding& f);
};

} // namespace cnpg
