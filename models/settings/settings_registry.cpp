#include "models/settings/settings_registry.h"

namespace indicia {

SettingsRegistry::SettingsRegistry()
    : settings_(std::make_unique<QSettings>())
{
    migrate();
}

SettingsRegistry::SettingsRegistry(const QString& iniPath)
    : settings_(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

SettingsRegistry::~SettingsRegistry() = default;

void SettingsRegistry::migrate()
{
    // Version 1 is the first layout; later versions rename or convert keys here, in order.
    if (get(settings::version) < kCurrentVersion)
        set(settings::version, kCurrentVersion);
}

} // namespace indicia
