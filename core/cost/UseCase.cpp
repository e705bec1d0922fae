#include "UseCase.h"

#include "EstimateRequest.h"

#include <QCoreApplication>

QString useCaseKey(UseCase useCase)
{
    switch (useCase) {
    case UseCase::Inference:
        return QStringLiteral("inference");
    case UseCase::FineTuning:
        return QStringLiteral("fine-tuning");
    case UseCase::Training:
        return QStringLiteral("training");
    case UseCase::CloudScaling:
        return QStringLiteral("cloud-scaling");
    }
    return QStringLiteral("inference");
}

std::optional<UseCase> useCaseFromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.replace(u'_', u'-');
    if (k == u"inference" || k == u"local-inference")
        return UseCase::Inference;
    if (k == u"fine-tuning" || k == u"finetuning" || k == u"local-fine-tuning")
        return UseCase::FineTuning;
    if (k == u"training" || k == u"large-scale" || k == u"large-scale-training")
        return UseCase::Training;
    if (k == u"cloud-scaling" || k == u"cloud")
        return UseCase::CloudScaling;
    return std::nullopt;
}

QString useCaseName(UseCase useCase)
{
    switch (useCase) {
    case UseCase::Inference:
        return QCoreApplication::translate("UseCase", "local inference");
    case UseCase::FineTuning:
        return QCoreApplication::translate("UseCase", "local fine-tuning");
    case UseCase::Training:
        return QCoreApplication::translate("UseCase", "large-model training");
    case UseCase::CloudScaling:
        return QCoreApplication::translate("UseCase", "cloud scaling");
    }
    return {};
}

Workload estimatorWorkload(UseCase useCase)
{
    switch (useCase) {
    case UseCase::Inference:
    case UseCase::CloudScaling:
        return Workload::Inference;
    case UseCase::FineTuning:
        return Workload::Lora;
    case UseCase::Training:
        return Workload::FullFineTune;
    }
    return Workload::Inference;
}

UseCase useCaseOf(Workload workload)
{
    switch (workload) {
    case Workload::Inference:
        return UseCase::Inference;
    case Workload::Lora:
    case Workload::Qlora:
        return UseCase::FineTuning;
    case Workload::FullFineTune:
        return UseCase::Training;
    }
    return UseCase::Inference;
}
