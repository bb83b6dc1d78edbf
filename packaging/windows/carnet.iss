; Carnet's Windows installer (Inno Setup 6). packaging/installer_windows.py compiles it:
;
;   ISCC /DAppVersion=0.2.0 /DSourceDir=dist\Carnet /DOutputDir=dist\installers carnet.iss
;
; Per user, no administrator: {autopf} is %LOCALAPPDATA%\Programs. A Start-menu entry, a desktop
; icon if asked, French and English. The uninstaller asks whether the user's data goes too.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 scripts without a BOM)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.2.0 (packaging/installer_windows.py does)
#endif
#ifndef SourceDir
  #error Pass the bundle's folder: ISCC /DSourceDir=dist\Carnet
#endif
#ifndef OutputDir
  #error Pass where the installer goes: ISCC /DOutputDir=dist\installers
#endif

#define AppName "Carnet"
; packaging/carnet.spec's EXE (its name, NAME.lower(), plus .exe)
#define AppExe "carnet.exe"
; platformdirs' user_data_dir (and user_config_dir) for appname "Carnet", appauthor False
; (services/store/paths.py): %LOCALAPPDATA%\Carnet; user_log_dir is its Logs folder.
#define DataFolder "Carnet"

[Setup]
; The same for every version: upgrades replace the installed copy. Never change it.
AppId={{EA7619D0-BD37-42FB-8B85-01D0BD822335}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\desktop\icons\carnet.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; A running Carnet is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.RemoveData=Supprimer aussi vos données Carnet (la copie locale de votre compte, les réglages et les journaux) ?%n%n%1%n%nChoisissez Non pour les garder : une réinstallation les retrouvera. Un dossier de données choisi ailleurs dans les Paramètres est gardé dans tous les cas.
en.RemoveData=Also remove your Carnet data (the local copy of your account, the settings and the logs)?%n%n%1%n%nChoose No to keep them: installing Carnet again will find them. A data folder chosen elsewhere in Settings is kept either way.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade leaves no file of the previous version's bundle behind.
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
; The updater's folders beside the app (desktop/update.py): a staged version, the one kept for
; a roll-back.
Type: filesandordirs; Name: "{app}.update"
Type: filesandordirs; Name: "{app}.update-partial"
Type: filesandordirs; Name: "{app}.previous"
Type: filesandordirs; Name: "{app}.rolled-back"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ After the program's files are gone: the user's data (platformdirs' data, config and log
  folders, all in one) goes too only if the user says so; a silent uninstall keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := ExpandConstant('{localappdata}\{#DataFolder}');
    if DirExists(Folder) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [Folder]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Folder, True, True, True);
  end;
end;
