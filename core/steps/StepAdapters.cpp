#include "steps/Adapters.h"

namespace cnpg {

StepAdapters::StepAdapters()
{
    qRegisterMetaType<cnpg::StepResult>();
    m_adapters.push_back(adapters::program());
    m_adapters.push_back(adapters::input());
    m_adapters.push_back(adapters::krew());
    m_adapters.push_back(adapters::deleteWait());
    m_adapters.push_back(adapters::generatedSecret());
    m_adapters.push_back(adapters::expectOutput());
}

const StepAdapter* StepAdapters::find(const QString& type) const
{
    for (const auto& a : m_adapters) {
        if (a->type() == type)
            return a.get();
    }
    return nullptr;
}

} // namespace cnpg
