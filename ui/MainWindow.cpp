#include "MainWindow.h"

#include "CatalogRepository.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(CatalogRepository &repository, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_languages(languages)
    , m_gpuModel(new GpuTableModel(this))
    , m_gpuProxy(new QSortFilterProxyModel(this))
    , m_gpuTable(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    m_gpuProxy->setSourceModel(m_gpuModel);
    m_gpuProxy->setSortRole(GpuTableModel::SortRole);
    m_gpuProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_gpuTable->setModel(m_gpuProxy);
    m_gpuTable->setSortingEnabled(true);
    m_gpuTable->sortByColumn(GpuTableModel::Name, Qt::AscendingOrder);
    m_gpuTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gpuTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gpuTable->setAlternatingRowColors(true);
    m_gpuTable->setWordWrap(false);
    m_gpuTable->verticalHeader()->hide();
    m_gpuTable->verticalHeader()->setDefaultSectionSize(m_gpuTable->fontMetrics().height() + 8);
    m_gpuTable->horizontalHeader()->setStretchLastSection(false);
    m_gpuTable->horizontalHeader()->setSectionResizeMode(GpuTableModel::Name, QHeaderView::Stretch);
    setCentralWidget(m_gpuTable);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    loadCatalog();
    retranslate();
    resize(1100, 700);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction =
        m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so a user can find their own in any language.
        QAction *action = m_languageMenu->addAction(language == u"sv" ? QStringLiteral("Svenska")
                                                                      : QStringLiteral("English"));
        action->setCheckable(true);
        action->setChecked(language == m_languages.language());
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language] { m_languages.setLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::loadCatalog()
{
    const auto gpus = m_repository.gpus();
    if (!gpus) {
        m_loadError = gpus.error().toString();
        return;
    }
    m_gpuModel->setGpus(*gpus);
    m_gpuTable->resizeColumnsToContents();
    m_gpuTable->horizontalHeader()->setSectionResizeMode(GpuTableModel::Name, QHeaderView::Stretch);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GPU Advisor"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    //: The menu that switches the user interface language
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GPU Advisor"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.language());

    const CatalogInfo info = m_repository.catalogInfo();
    m_countLabel->setText(tr("%n GPU(s)", nullptr, m_gpuModel->rowCount()) + QStringLiteral(" · ") +
                          tr("catalog %1 of %2")
                              .arg(info.version)
                              .arg(QLocale().toString(info.date, QLocale::ShortFormat)));
    if (!m_loadError.isEmpty())
        statusBar()->showMessage(tr("The catalog could not be read: %1").arg(m_loadError));
    m_gpuModel->refreshTexts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    const CatalogInfo info = m_repository.catalogInfo();
    QMessageBox::about(
        this, tr("About GPU Advisor"),
        tr("<h3>GPU Advisor %1</h3>"
           "<p>Choose GPUs for running, fine-tuning and training large language models: "
           "memory, speed and cost, offline.</p>"
           "<p>Catalog version %2 of %3.</p>")
            .arg(QStringLiteral(GPUADVISOR_VERSION))
            .arg(info.version)
            .arg(QLocale().toString(info.date, QLocale::LongFormat)));
}
