; Inno Setup script: build dist\counter-app with PyInstaller first, then
;   iscc installer\windows-installer.iss
[Setup]
AppName=Service Counter
AppVersion=0.1.0
DefaultDirName={autopf}\Service Counter
DefaultGroupName=Service Counter
OutputBaseFilename=ServiceCounterSetup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zhcn"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "zhtw"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Files]
Source: "..\dist\counter-app\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Service Counter"; Filename: "{app}\counter-app.exe"
Name: "{commondesktop}\Service Counter"; Filename: "{app}\counter-app.exe"

[Run]
Filename: "{app}\counter-app.exe"; Parameters: "init"; Flags: runhidden
