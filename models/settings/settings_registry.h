#pragma once
// One typed registry for application settings (not workspace data). Each setting has a
// key, a type and a default in one place; nothing else reads QSettings keys directly.
// A version number lets later releases migrate old keys.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace indicia {

template <typename T>
struct SettingKey {
    const char* key;
    T defaultValue;
};

class SettingsRegistry {
public:
    // Uses the platform's settings store for the application.
    SettingsRegistry();
    // Uses an INI file at `path` (tests use a temporary profile).
    explicit SettingsRegistry(const QString& iniPath);
    ~SettingsRegistry();

    template <typename T>
    T get(const SettingKey<T>& k) const
    {
        const QVariant v = settings_->value(QLatin1String(k.key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : k.defaultValue;
    }
    template <typename T>
    void set(const SettingKey<T>& k, const T& value)
    {
        settings_->setValue(QLatin1String(k.key), QVariant::fromValue(value));
    }
    void sync() { settings_->sync(); }
    QString fileName() const { return settings_->fileName(); }

    static constexpr int kCurrentVersion = 1;

private:
    void migrate();
    std::unique_ptr<QSettings> settings_;
};

// The settings themselves.
namespace settings {
inline const SettingKey<int> version{"meta/version", 0};
inline const SettingKey<QString> lastWorkspace{"workspace/last", QString()};
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const SettingKey<QByteArray> windowState{"window/state", QByteArray()};
inline const SettingKey<QByteArray> columnLayout{"window/columns", QByteArray()};
} // namespace settings

} // namespace indicia
