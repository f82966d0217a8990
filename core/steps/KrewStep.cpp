// The built-in krew download: KrewInstaller in the run, the guide's installer in the script.
#include "export/ScriptWriter.h"
#include "run/KrewInstaller.h"
#include "steps/Adapters.h"
#include "util/Logging.h"

#include <spdlog/spdlog.h>

namespace cnpg::adapters {

namespace {

class KrewTask : public StepTask
{
public:
    KrewTask(StepRunContext context, QObject* parent)
        : StepTask(parent)
        , m_context(std::move(context))
    {}

    void start() override
    {
        KrewInstaller::Options o;
        o.baseUrl = m_context.krewBaseUrl;
        o.version = m_context.krewVersion;
        o.checksums = m_context.krewChecksums;
        o.platform = m_context.krewPlatform;
        o.environment = m_context.base.environment;
        spdlog::info("[{}] krew {}", m_context.step->id,
                     o.baseUrl.isEmpty() ? o.version : o.baseUrl);
        m_krew = new KrewInstaller(*m_context.launcher, m_context.network(), o, this);
        connect(m_krew, &KrewInstaller::output, this, &StepTask::output);
        connect(m_krew, &KrewInstaller::progress, this, &StepTask::progress);
        connect(m_krew, &KrewInstaller::finished, this,
                [this](bool ok, const QString& reasonCode, const QString& text) {
                    StepResult r;
                    r.process.exitCode = ok ? 0 : 1;
                    if (!ok) {
                        r.failureReason = reasonCode;
                        r.failureText = text;
                    }
                    emit finished(r);
                });
        m_krew->start();
    }
    void terminate() override
    {
        if (m_krew)
            m_krew->cancel();
    }
    void kill() override
    {
        if (m_krew)
            m_krew->kill();
    }

private:
    StepRunContext m_context;
    KrewInstaller* m_krew = nullptr;
};

QString krewSnippet()
{
    // The guide's installer, from the pinned release, with its archive checked against the
    // SHA-256 the settings pin (KREW_SHA256) before anything runs.
    return QStringLiteral("if ! probe kubectl krew version; then\n"
                          "    require_tools curl tar sha256sum\n"
                          "    (\n"
                          "        set -x; cd \"$(mktemp -d)\" &&\n"
                          "        OS=\"$(uname | tr '[:upper:]' '[:lower:]')\" &&\n"
                          "        ARCH=\"$(uname -m | sed -e 's/x86_64/amd64/' -e "
                          "'s/\\(arm\\)\\(64\\)\\?.*/\\1\\2/' -e 's/aarch64$/arm64/')\" &&\n"
                          "        KREW=\"krew-${OS}_${ARCH}\" &&\n"
                          "        KREW_SUM=\"$(tr ' ' '\\n' <<<\"${KREW_SHA256}\" | "
                          "sed -n \"s/^${OS}_${ARCH}=//p\")\" &&\n"
                          "        { [ -n \"${KREW_SUM}\" ] || { printf 'KREW_SHA256 pins no "
                          "SHA-256 for %s\\n' \"${KREW}.tar.gz\" >&2; false; }; } &&\n"
                          "        curl -fsSLO \"${KREW_DOWNLOAD_URL}/${KREW}.tar.gz\" &&\n"
                          "        echo \"${KREW_SUM}  ${KREW}.tar.gz\" | sha256sum --check - &&\n"
                          "        tar zxvf \"${KREW}.tar.gz\" &&\n"
                          "        ./\"${KREW}\" install krew\n"
                          "    )\n"
                          "fi\n"
                          "export PATH=\"${KREW_ROOT:-$HOME/.krew}/bin:$PATH\"\n");
}

class KrewAdapter : public StepAdapter
{
public:
    QString type() const override { return steptype::Krew; }
    StepTask* createTask(const StepRunContext& context, QObject* parent) const override
    {
        return new KrewTask(context, parent);
    }
    void exportStep(const Step& step, ScriptWriter& writer) const override
    {
        Q_UNUSED(step)
        writer.out() += krewSnippet();
    }
};

} // namespace

std::unique_ptr<StepAdapter> krew()
{
    return std::make_unique<KrewAdapter>();
}

} // namespace cnpg::adapters
