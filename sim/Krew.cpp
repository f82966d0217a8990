// krew and the cnpg kubectl plugin: absent until installed, as on a fresh machine.
#include "CnpgPlugin.h"
#include "Durations.h"
#include "FlagParser.h"
#include "Kube.h"
#include "Kubectl.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSysInfo>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// The plugin index: name, version, documentation.
struct IndexEntry
{
    const char* name;
    const char* version;
    const char* home;
};

const IndexEntry index[] = {
    {"krew", "v0.4.4", "https://krew.sigs.k8s.io/"},
    {"cnpg", "v1.30.0", "https://github.com/cloudnative-pg/cloudnative-pg"},
    {"ctx", "v0.9.5", "https://github.com/ahmetb/kubectx"},
    {"ns", "v0.9.5", "https://github.com/ahmetb/kubectx"},
    {"neat", "v2.0.3", "https://github.com/itaysk/kubectl-neat"},
};

const IndexEntry* lookup(const QString& name)
{
    for (const IndexEntry& e : index) {
        if (name == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

QString krewRoot(const SimEnv& env)
{
    const QString root = qEnvironmentVariable("KREW_ROOT");
    return root.isEmpty() ? env.home + s("/.krew") : root;
}

QString platform()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    return QSysInfo::kernelType() + QLatin1Char('/') +
           (arch == QLatin1String("x86_64") ? s("amd64") : arch);
}

// klog's prefix: "W0502 10:11:12.123456   4242 install.go:164] ".
QString klog(char level, const char* where)
{
    const QDateTime t = QDateTime::currentDateTime();
    return QStringLiteral("%1%2 %3.%4   %5 %6] ")
        .arg(QLatin1Char(level))
        .arg(t.toString(QStringLiteral("MMdd")), t.toString(QStringLiteral("HH:mm:ss")))
        .arg(t.time().msec() * 1000, 6, 10, QLatin1Char('0'))
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(where));
}

QJsonObject plugins(State& st)
{
    return st.section(s("krew")).value(s("plugins")).toObject();
}

QString installedText(const IndexEntry& e)
{
    return QStringLiteral(
               "Installing plugin: %1\nInstalled plugin: %1\n\\\n | Use this plugin:\n | \t"
               "kubectl %1\n | Documentation:\n | \t%2\n/\n")
        .arg(QLatin1String(e.name), QLatin1String(e.home));
}

int install(SimEnv& env, StateStore& store, const QStringList& names)
{
    if (names.isEmpty())
        throw SimError{1, klog('F', "root.go:79") + s("err: no plugins specified\n")};
    err(s("Updated the local copy of plugin index.\n"));
    for (const QString& name : names) {
        const IndexEntry* e = lookup(name);
        if (!e) {
            throw SimError{1,
                           klog('F', "root.go:79") +
                               QStringLiteral("failed to install some plugins: [%1]: plugin \"%1\" "
                                              "does not exist in the plugin index\n")
                                   .arg(name)};
        }
        bool already = false;
        store.read([&](State& st) { already = plugins(st).contains(name); });
        if (already) {
            err(klog('W', "install.go:164") +
                QStringLiteral("Skipping plugin \"%1\", it is already installed\n").arg(name));
            continue;
        }
        env.latency(Durations::seconds(s("kubectl krew install")));
        store.update([&](State& st) {
            QJsonObject k = st.section(s("krew"));
            QJsonObject p = k.value(s("plugins")).toObject();
            p.insert(name, QString::fromLatin1(e->version));
            k.insert(s("plugins"), p);
            st.section(s("krew")) = k;
        });
        err(installedText(*e));
        if (name != QLatin1String("krew")) {
            err(QStringLiteral("WARNING: You installed plugin \"%1\" from the krew-index plugin "
                               "repository.\n   These plugins are not audited for security by the "
                               "Krew maintainers.\n   Run them at your own risk.\n")
                    .arg(name));
        }
    }
    return 0;
}

int krew(SimEnv& env, StateStore& store, const QStringList& args)
{
    const FlagResult f = FlagParser::parse({{s("help"), QLatin1Char('h'), true},
                                            {s("v"), QLatin1Char('v'), false},
                                            {s("manifest"), {}, false},
                                            {s("archive"), {}, false},
                                            {s("no-update-index"), {}, true}},
                                           args, FlagParser::Tool::Helm, s("krew"));
    const QString sub = f.positionals.value(0);
    const QString root = krewRoot(env);
    if (sub == QLatin1String("version")) {
        out(kube::tabulate({{s("OPTION"), s("VALUE")},
                            {s("GitTag"), s("v0.4.4")},
                            {s("GitCommit"), s("343e657")},
                            {s("IndexURI"), s("https://github.com/kubernetes-sigs/krew-index.git")},
                            {s("BasePath"), root},
                            {s("IndexPath"), root + s("/index/default")},
                            {s("InstallPath"), root + s("/store")},
                            {s("BinPath"), root + s("/bin")},
                            {s("DetectedPlatform"), platform()}}));
        return 0;
    }
    if (sub == QLatin1String("install"))
        return install(env, store, f.positionals.mid(1));
    if (sub == QLatin1String("list")) {
        QList<QStringList> rows = {{s("PLUGIN"), s("VERSION")}};
        store.read([&](State& st) {
            const QJsonObject p = plugins(st);
            for (auto it = p.begin(); it != p.end(); ++it)
                rows << QStringList{it.key(), it.value().toString()};
        });
        out(kube::tabulate(rows));
        return 0;
    }
    if (sub == QLatin1String("update")) {
        err(s("Updated the local copy of plugin index.\n"));
        return 0;
    }
    if (sub == QLatin1String("uninstall")) {
        for (const QString& name : f.positionals.mid(1)) {
            bool had = false;
            store.update([&](State& st) {
                QJsonObject k = st.section(s("krew"));
                QJsonObject p = k.value(s("plugins")).toObject();
                had = p.contains(name);
                p.remove(name);
                k.insert(s("plugins"), p);
                st.section(s("krew")) = k;
            });
            if (!had)
                throw SimError{1, klog('F', "root.go:79") +
                                      QStringLiteral("failed to uninstall plugin %1: plugin \"%1\" "
                                                     "is not installed\n")
                                          .arg(name)};
            err(QStringLiteral("Uninstalled plugin: %1\n").arg(name));
        }
        return 0;
    }
    throw SimError{1,
                   QStringLiteral("Error: unknown command \"%1\" for \"krew\"\nRun 'krew --help' "
                                  "for usage.\n")
                       .arg(sub)};
}

} // namespace

bool Krew::isPlugin(const QString& name)
{
    return lookup(name) != nullptr;
}

int Krew::plugin(SimEnv& env, StateStore& store, const QString& name, const QStringList& args)
{
    bool installed = false;
    store.read([&](State& st) { installed = plugins(st).contains(name); });
    if (!installed)
        throw SimError{1,
                       QStringLiteral("error: unknown command \"%1\" for \"kubectl\"\n").arg(name)};
    if (name == QLatin1String("krew"))
        return krew(env, store, args);
    if (name == QLatin1String("cnpg"))
        return cnpgplugin::run(env, store, args);
    throw SimError{1, QStringLiteral("Error: the simulator covers only 'kubectl cnpg version' of "
                                     "the %1 plugin\n")
                          .arg(name)};
}

int Krew::binary(SimEnv& env, StateStore& store, const QStringList& args)
{
    if (args.value(0) != QLatin1String("install"))
        return krew(env, store, args);
    // The bootstrap: the release binary installs krew itself (and then any other plugin).
    const QStringList names = args.mid(1);
    err(QStringLiteral("Adding \"default\" plugin index from "
                       "https://github.com/kubernetes-sigs/krew-index.git.\n"));
    const int rc = install(env, store, names);
    if (rc == 0 && names.contains(s("krew"))) {
        err(QStringLiteral(
            " | Caveats:\n | \\\n |  | krew is now installed! To start using kubectl "
            "plugins, you need to add\n |  | krew's installation directory to your "
            "PATH:\n |  |\n |  |   * macOS/Linux:\n |  |     - Add the following to "
            "your ~/.bashrc or ~/.zshrc:\n |  |         export "
            "PATH=\"${KREW_ROOT:-$HOME/.krew}/bin:$PATH\"\n |  |     - Restart your "
            "shell.\n | /\n"));
    }
    return rc;
}

} // namespace cnpg::sim
