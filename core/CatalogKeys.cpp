#include "GpuSpec.h"
#include "ModelSpec.h"

QString gpuClassKey(GpuClass c)
{
    switch (c) {
    case GpuClass::Consumer:
        return QStringLiteral("consumer");
    case GpuClass::Workstation:
        return QStringLiteral("workstation");
    case GpuClass::Datacenter:
        return QStringLiteral("datacenter");
    case GpuClass::Soc:
        return QStringLiteral("soc");
    }
    return {};
}

std::optional<GpuClass> gpuClassFromKey(const QString &key)
{
    for (GpuClass c :
         {GpuClass::Consumer, GpuClass::Workstation, GpuClass::Datacenter, GpuClass::Soc}) {
        if (gpuClassKey(c) == key.trimmed().toLower())
            return c;
    }
    return std::nullopt;
}

QString attentionKindKey(AttentionKind k)
{
    switch (k) {
    case AttentionKind::Mha:
        return QStringLiteral("mha");
    case AttentionKind::Gqa:
        return QStringLiteral("gqa");
    case AttentionKind::Mqa:
        return QStringLiteral("mqa");
    case AttentionKind::Mla:
        return QStringLiteral("mla");
    }
    return {};
}

std::optional<AttentionKind> attentionKindFromKey(const QString &key)
{
    for (AttentionKind k :
         {AttentionKind::Mha, AttentionKind::Gqa, AttentionKind::Mqa, AttentionKind::Mla}) {
        if (attentionKindKey(k) == key.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}
