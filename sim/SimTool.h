#pragma once
// cnpg-sim itself: the dispatch on the name it is called by (az, kubectl, helm, krew-<os>_<arch>)
// and its own commands (install-shims, reset, dump, make-krew-release, --help).

#include <QStringList>

namespace cnpg::sim {

class SimTool
{
public:
    // `args` as QCoreApplication::arguments(): the program name first.
    static int main(const QStringList& args);
    static QString help();
};

} // namespace cnpg::sim
