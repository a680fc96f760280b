; Inno Setup 6 script for Windows: a per-machine install of the PyInstaller folder.
; Build on Windows (see README "Installing on a counter PC"):
;   pip install -e .[dev]            (Python 3.11+, 64-bit)
;   pyinstaller --noconfirm installer\counter-app.spec
;   iscc installer\windows-installer.iss      -> dist\ServiceCounterSetup-<version>.exe
; Keep in step with installer/counter-app.spec: the folder dist\counter-app holds
; counter-app.exe (console: the command line) and service-counter.exe (no console: the
; window, for the shortcuts), _internal\ (Python, Qt, translations, migrations, icons).
#define AppVersion "0.3.0"

[Setup]
AppId={{7C1E4B52-4F0B-4E8B-9B7D-2C51F0C0A115}
AppName=Service Counter
AppVersion={#AppVersion}
AppPublisher=Service Counter
DefaultDirName={autopf}\Service Counter
DefaultGroupName=Service Counter
; Per-machine: installed once for every clerk on the counter PC (needs an administrator).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\icons\service-counter.ico
UninstallDisplayIcon={app}\service-counter.exe
UninstallDisplayName=Service Counter
OutputDir=..\dist
OutputBaseFilename=ServiceCounterSetup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Each clerk's database, backups and log live in their own data folder
; (%LOCALAPPDATA%\ServiceCounter\ServiceCounter, logs under ...\Logs). The program makes
; them on first start; the uninstaller removes only what it installed under {app}, so the
; shop's data stays when the program is removed or upgraded.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zhcn"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "zhtw"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\counter-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Service Counter\Service Counter"; Filename: "{app}\service-counter.exe"; IconFilename: "{app}\service-counter.exe"
Name: "{autoprograms}\Service Counter\{cm:UninstallProgram,Service Counter}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Service Counter"; Filename: "{app}\service-counter.exe"; Tasks: desktopicon

[Run]
; The database is created (and migrated on upgrades) by the program itself at its first
; start, in the data folder of the clerk who starts it, not the installing administrator's.
Filename: "{app}\service-counter.exe"; Description: "{cm:LaunchProgram,Service Counter}"; Flags: nowait postinstall skipifsilent runasoriginaluser
