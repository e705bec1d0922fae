#pragma once

// The application's main window: it lays out the catalog views and owns the menus and actions.
// The work is done by the models and services it is given.

#include <QMainWindow>

class CatalogRepository;
class GpuTableModel;
class LanguageManager;
class QActionGroup;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CatalogRepository &repository, LanguageManager &languages,
               QWidget *parent = nullptr);

    QTableView *gpuTable() const { return m_gpuTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void loadCatalog();
    void retranslate();
    void showAbout();

    CatalogRepository &m_repository;
    LanguageManager &m_languages;
    GpuTableModel *m_gpuModel = nullptr;
    QSortFilterProxyModel *m_gpuProxy = nullptr;
    QTableView *m_gpuTable = nullptr;
    QLabel *m_countLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_loadError;
};
