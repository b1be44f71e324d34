<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressForm</name>
    <message>
        <location filename="../../ui/household.py" line="73"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="97"/>
        <source>p. ej. a 200 m de la escuela, casa de adobe</source>
        <translation>e.g. 200 m past the school, adobe house</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="99"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="101"/>
        <source>Municipio o alcaldía</source>
        <translation>Municipality or borough</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="103"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="107"/>
        <source>Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre.</source>
        <translation>If the locality is not in the list (under 1,000 inhabitants), type its name.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="110"/>
        <source>Tipo de asentamiento</source>
        <translation>Settlement type</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="111"/>
        <source>Nombre del asentamiento</source>
        <translation>Settlement name</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="112"/>
        <source>Tipo de vialidad</source>
        <translation>Street type</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="113"/>
        <source>Nombre de la vialidad</source>
        <translation>Street name</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="115"/>
        <source>Número exterior</source>
        <translation>Outside number</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="117"/>
        <source>Número interior</source>
        <translation>Inside number</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="118"/>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="119"/>
        <source>Entre calles</source>
        <translation>Between streets</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="120"/>
        <source>Referencia</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="175"/>
        <source>Elija el estado.</source>
        <translation>Choose the state.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="178"/>
        <source>Elija el municipio de la lista.</source>
        <translation>Choose the municipality from the list.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../ui/widgets.py" line="151"/>
        <source>Trabajando</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../ui/checks.py" line="76"/>
        <source>Marcar</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="77"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="78"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="79"/>
        <source>Nacimiento</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="80"/>
        <source>Registrado en el periodo</source>
        <translation>Recorded in the period</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="102"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../ui/checks.py" line="140"/>
        <source>p. ej. 2026-05, 2026-B3 o 2026-S1</source>
        <translation>e.g. 2026-05, 2026-B3 or 2026-S1</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="142"/>
        <source>CCT de la escuela o CLUES de la unidad de salud</source>
        <translation>School CCT or health unit CLUES</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="143"/>
        <source>&amp;Ver lista</source>
        <translation>&amp;Show list</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="147"/>
        <source>Personas con corresponsabilidad pendiente</source>
        <translation>People with a pending check</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="155"/>
        <source>Marcar &amp;todos</source>
        <translation>Mark &amp;all</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="156"/>
        <source>Asistió (Alt+1)</source>
        <translation>Attended (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="157"/>
        <source>Faltó (Alt+2)</source>
        <translation>Absent (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="158"/>
        <source>Justificada (Alt+3)</source>
        <translation>Justified (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="164"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="165"/>
        <source>Tipo de corresponsabilidad</source>
        <translation>Kind of check</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="166"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="167"/>
        <source>Lugar de la visita</source>
        <translation>Place of the visit</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="174"/>
        <source>Corresponsabilidades</source>
        <translation>Attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="216"/>
        <source>Escriba el periodo.</source>
        <translation>Type the period.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="228"/>
        <source>%1 personas en la lista; %2 sin registrar en el periodo.</source>
        <translation>%1 people on the list; %2 not yet recorded in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="248"/>
        <source>Marque a las personas o elija una fila.</source>
        <translation>Mark the people or choose a row.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="275"/>
        <source>Se registraron %1 como «%2».</source>
        <translation>%1 recorded as “%2”.</translation>
    </message>
</context>
<context>
    <name>Curp</name>
    <message>
        <location filename="../../ui/i18n.py" line="243"/>
        <source>La CURP debe tener 18 caracteres.</source>
        <translation>The CURP must have 18 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="244"/>
        <source>La CURP tiene un carácter que no corresponde a su posición.</source>
        <translation>The CURP has a character that does not belong in its position.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="247"/>
        <source>Las primeras cuatro letras forman una palabra que RENAPO nunca asigna.</source>
        <translation>The first four letters form a word RENAPO never assigns.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="250"/>
        <source>Las posiciones 5 a 10 de la CURP no son una fecha de nacimiento válida.</source>
        <translation>Positions 5 to 10 of the CURP are not a valid birth date.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="253"/>
        <source>La posición 11 de la CURP (sexo) debe ser H, M o X.</source>
        <translation>Position 11 of the CURP (sex) must be H, M or X.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="254"/>
        <source>Las posiciones 12 y 13 de la CURP no son una entidad de nacimiento.</source>
        <translation>Positions 12 and 13 of the CURP are not a birth state.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="257"/>
        <source>El dígito verificador no coincide: algún carácter está mal capturado.</source>
        <translation>The check digit does not match: a character was typed wrong.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="135"/>
        <source>Inscripción del equipo</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>Dirección del servidor</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="143"/>
        <source>Código de inscripción</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>El servidor central no está configurado todavía. Puede trabajar sin conexión: todo se guarda en este equipo y se enviará cuando el equipo se inscriba con el servidor. Este paso estará disponible con la sincronización.</source>
        <translation>The central server is not configured yet. You can work offline: everything is kept on this computer and will be sent once the computer is enrolled with the server. This step will be available with synchronisation.</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <location filename="../../ui/enrol.py" line="150"/>
        <source>Documentos presentados:</source>
        <translation>Documents shown:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="155"/>
        <source>(no más de %1 meses de antigüedad)</source>
        <translation>(no older than %1 months)</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <location filename="../../ui/enrol.py" line="57"/>
        <source>Servicio sin pago</source>
        <translation>Service, no payment</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol.py" line="237"/>
        <source>Inscribir en programas</source>
        <translation>Enrol in programs</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="243"/>
        <source>%1 años · CURP %2 · folio %3</source>
        <translation>%1 years · CURP %2 · folio %3</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="260"/>
        <source>&amp;Inscribir</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="262"/>
        <source>Comprobante…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="264"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="269"/>
        <source>Programas que le corresponden</source>
        <translation>Programs the person qualifies for</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="273"/>
        <source>Programas que no le corresponden</source>
        <translation>Programs the person does not qualify for</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="329"/>
        <source>Ninguno.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="331"/>
        <source>Por ahora ningún programa le corresponde.</source>
        <translation>For now no program applies.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="353"/>
        <source>Marque al menos un programa.</source>
        <translation>Tick at least one program.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="412"/>
        <source>Inscripción registrada: %1</source>
        <translation>Enrolment saved: %1</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/widgets.py" line="53"/>
        <source>Mensaje del campo</source>
        <translation>Field message</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.</source>
        <translation>The passphrase is not right. Attempts left before the account locks: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Demasiados intentos fallidos. Espere %1 segundos.</source>
        <translation>Too many failed attempts. Wait %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>La cuenta quedó bloqueada por demasiados intentos. Use el código de recuperación para poner una frase nueva.</source>
        <translation>The account is locked after too many attempts. Use the recovery code to set a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>La frase de acceso es débil: use al menos 12 caracteres, con 5 distintos o más, sin espacios al principio ni al final.</source>
        <translation>The passphrase is weak: use at least 12 characters, 5 or more different ones, with no spaces at the start or end.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>No existe esa persona usuaria en este equipo.</source>
        <translation>There is no such user on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Ya existe una persona usuaria con ese nombre.</source>
        <translation>A user with that name already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales.</source>
        <translation>A user name has 2 to 64 characters, without slashes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.</source>
        <translation>This CURP is already registered (folio %1). Search for it instead of registering it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>La persona ya está inscrita en ese programa.</source>
        <translation>The person is already enrolled in that program.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.</source>
        <translation>Someone saved changes to this record while you were editing it. Open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>El registro ya no existe en este equipo.</source>
        <translation>The record no longer exists on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Este equipo todavía no tiene personas usuarias.</source>
        <translation>This computer has no users yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>Hay datos por corregir; vea los mensajes junto a cada campo.</source>
        <translation>Some data need correcting; see the messages beside each field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Los datos de este equipo son de una versión más nueva de la aplicación. Actualice la aplicación; no se modificó nada.</source>
        <translation>The data on this computer come from a newer version of the app. Update the app; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>No se pudo leer o escribir en el disco. Revise que haya espacio libre.</source>
        <translation>Could not read or write the disk. Check that there is free space.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>No se pudo leer o escribir un archivo. Revise que haya espacio libre.</source>
        <translation>Could not read or write a file. Check that there is free space.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Ocurrió un error interno; se anotó en la bitácora sin datos personales. Lo que ya estaba guardado no se perdió.</source>
        <translation>An internal error happened; it was logged without personal data. Nothing already saved was lost.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/i18n.py" line="96"/>
        <source>es</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="58"/>
        <source>Hola, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="60"/>
        <source>Hogares registrados hoy</source>
        <translation>Households registered today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="61"/>
        <source>Personas registradas hoy</source>
        <translation>People registered today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="62"/>
        <source>Inscripciones de hoy</source>
        <translation>Enrolments today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="63"/>
        <source>Corresponsabilidades de hoy</source>
        <translation>Attendance checks today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="64"/>
        <source>Cambios por enviar</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="65"/>
        <source>Última sincronización</source>
        <translation>Last synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="66"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="81"/>
        <source>Sin servidor configurado: todo queda guardado en este equipo hasta que se configure la sincronización.</source>
        <translation>No server configured: everything stays saved on this computer until synchronisation is set up.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="86"/>
        <source>Registrar un &amp;hogar</source>
        <translation>Register a &amp;household</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="87"/>
        <source>&amp;Inscripción rápida en módulo</source>
        <translation>&amp;Fast enrolment at a module</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="88"/>
        <source>Registrar &amp;corresponsabilidades</source>
        <translation>Record attendance &amp;checks</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="89"/>
        <source>&amp;Buscar personas</source>
        <translation>&amp;Search people</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="102"/>
        <source>Borradores guardados</source>
        <translation>Saved drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="104"/>
        <source>C&amp;ontinuar borrador</source>
        <translation>C&amp;ontinue draft</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="116"/>
        <source>El trabajo de hoy</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="120"/>
        <source>¿Qué desea hacer?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="123"/>
        <source>Borradores sin terminar</source>
        <translation>Unfinished drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="153"/>
        <source>No hay borradores.</source>
        <translation>No drafts.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/household.py" line="291"/>
        <source>Domicilio del hogar</source>
        <translation>Household address</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="298"/>
        <source>Integrantes del hogar</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="302"/>
        <source>&amp;Agregar integrante</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="303"/>
        <source>&amp;Nuevo integrante</source>
        <translation>&amp;New member</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="304"/>
        <source>&amp;Quitar integrante</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="307"/>
        <location filename="../../ui/household.py" line="404"/>
        <source>Integrantes</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="314"/>
        <location filename="../../ui/household.py" line="492"/>
        <source>Integrante nuevo</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="329"/>
        <source>&amp;Registrar hogar</source>
        <translation>&amp;Register household</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="332"/>
        <source>Integrantes registrados</source>
        <translation>Registered members</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="333"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Enrol in programs…</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="334"/>
        <source>Comprobante…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="336"/>
        <source>Registrar &amp;otro hogar</source>
        <translation>Register &amp;another household</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="341"/>
        <source>Elija a una persona para inscribirla en los programas que le corresponden.</source>
        <translation>Choose a person to enrol them in the programs they qualify for.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="352"/>
        <source>Revise antes de registrar</source>
        <translation>Check before registering</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="360"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="361"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="362"/>
        <source>&amp;Guardar borrador</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="372"/>
        <source>Registrar un hogar</source>
        <translation>Register a household</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="402"/>
        <source>Aviso de privacidad</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="403"/>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="405"/>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="413"/>
        <source>Paso %1 de %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="443"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Before any data are captured, the person must know and accept the notice.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="455"/>
        <source>Registre al menos a una persona del hogar.</source>
        <translation>Register at least one person of the household.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="508"/>
        <source>Integrante %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="542"/>
        <source>Domicilio:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="559"/>
        <source>Integrantes (%1):</source>
        <translation>Members (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="593"/>
        <source>Hogar registrado con el folio %1</source>
        <translation>Household registered with folio %1</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="713"/>
        <source>sin localidad</source>
        <translation>no locality</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="715"/>
        <source>Hogar en %1, %2 integrantes</source>
        <translation>Household in %1, %2 members</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="723"/>
        <source>Guardando borrador…</source>
        <translation>Saving draft…</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="742"/>
        <source>Borrador guardado.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="765"/>
        <source>Borrador recuperado.</source>
        <translation>Draft restored.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/widgets.py" line="184"/>
        <location filename="../../ui/widgets.py" line="249"/>
        <source>Al menos 12 caracteres</source>
        <translation>At least 12 characters</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="186"/>
        <location filename="../../ui/widgets.py" line="250"/>
        <source>Al menos 5 caracteres distintos</source>
        <translation>At least 5 different characters</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="188"/>
        <location filename="../../ui/widgets.py" line="251"/>
        <source>Sin espacios al principio ni al final</source>
        <translation>No spaces at the start or end</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="203"/>
        <source>Mostrar la frase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="207"/>
        <source>Fortaleza de la frase de acceso</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="213"/>
        <source>Frase de acceso</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="214"/>
        <source>Repita la frase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="216"/>
        <source>Fortaleza</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="220"/>
        <source>Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026».</source>
        <translation>Use several words you will remember, e.g. “blue maize in the milpa 2026”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="239"/>
        <source>No cumple las reglas</source>
        <translation>Does not meet the rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="240"/>
        <source>Débil</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="241"/>
        <source>Aceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="242"/>
        <source>Buena</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="243"/>
        <source>Muy buena</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="255"/>
        <source>Las dos frases coinciden</source>
        <translation>Both passphrases match</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/search.py" line="213"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="218"/>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <location filename="../../ui/search.py" line="255"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="236"/>
        <source>Inscripciones</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="242"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Enrol in programs…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="243"/>
        <source>Comprobante…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="255"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="255"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="255"/>
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="257"/>
        <source>Historial de cambios</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="266"/>
        <source>&amp;Datos</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="267"/>
        <source>&amp;Programas</source>
        <translation>&amp;Programs</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="268"/>
        <source>&amp;Historial</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="269"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="307"/>
        <source>Folio %1</source>
        <translation>Folio %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="308"/>
        <source>%1 años</source>
        <translation>%1 years old</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="311"/>
        <source>Hogar %1, %2 integrantes</source>
        <translation>Household %1, %2 members</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="332"/>
        <source>Registro</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="333"/>
        <source>Corrección</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="364"/>
        <source>Cambios guardados. Los datos anteriores quedan en el historial.</source>
        <translation>Changes saved. The previous data stay in the history.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.py" line="69"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="75"/>
        <source>18 letras y números, p. ej. GOMA500315MOCNRR09</source>
        <translation>18 letters and digits, e.g. GOMA500315MOCNRR09</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="79"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="85"/>
        <source>Nació en el extranjero</source>
        <translation>Born abroad</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="91"/>
        <source>10 dígitos</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="94"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="95"/>
        <source>Nombre(s)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="97"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="99"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="101"/>
        <source>Fecha de nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="103"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="105"/>
        <source>Entidad de nacimiento</source>
        <translation>Birth state</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="110"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Relationship to the head</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="113"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="119"/>
        <source>Tiene guardería del IMSS o ISSSTE</source>
        <translation>Has IMSS or ISSSTE childcare</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="121"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="125"/>
        <source>Tiene certificado de una institución pública de salud</source>
        <translation>Has a certificate from a public health institution</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="127"/>
        <source>Se reconoce como indígena</source>
        <translation>Identifies as Indigenous</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="128"/>
        <source>Se reconoce como afromexicana o afromexicano</source>
        <translation>Identifies as Afro-Mexican</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="129"/>
        <source>DD/MM/AAAA, si hay embarazo</source>
        <translation>DD/MM/YYYY, if pregnant</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="131"/>
        <source>No estudia</source>
        <translation>Not studying</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="134"/>
        <source>Escuela pública</source>
        <translation>Public school</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="138"/>
        <source>p. ej. 14DPR0001X</source>
        <translation>e.g. 14DPR0001X</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="145"/>
        <source>Situación</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="146"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="148"/>
        <source>Discapacidad</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="154"/>
        <source>Embarazo: fecha probable de parto</source>
        <translation>Pregnancy: expected due date</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="156"/>
        <source>Escuela: nivel</source>
        <translation>School: level</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="158"/>
        <source>Clave de la escuela (CCT)</source>
        <translation>School key (CCT)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="159"/>
        <source>Grado</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="239"/>
        <location filename="../../ui/person_form.py" line="249"/>
        <location filename="../../ui/person_form.py" line="260"/>
        <source>No coincide con la CURP (la CURP indica %1).</source>
        <translation>Does not match the CURP (the CURP says %1).</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="371"/>
        <location filename="../../ui/person_form.py" line="395"/>
        <source>Escriba la fecha como DD/MM/AAAA.</source>
        <translation>Type the date as DD/MM/YYYY.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="375"/>
        <source>Elija el sexo, como aparece en la CURP.</source>
        <translation>Choose the sex, as in the CURP.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="378"/>
        <source>Elija la entidad de nacimiento.</source>
        <translation>Choose the birth state.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="382"/>
        <source>Elija el parentesco con la jefa o jefe.</source>
        <translation>Choose the relationship to the head.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../ui/search.py" line="76"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="77"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="78"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="79"/>
        <source>Fecha de nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="80"/>
        <source>Edad</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../ui/widgets.py" line="290"/>
        <source>La persona conoció el aviso de privacidad y acepta que se registren sus datos</source>
        <translation>The person was told the privacy notice and agrees to have their data registered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="294"/>
        <source>Da su consentimiento expreso para datos sensibles (salud, discapacidad, embarazo, origen étnico)</source>
        <translation>Gives express consent for sensitive data (health, disability, pregnancy, ethnic origin)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="304"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Simplified privacy notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="313"/>
        <source>La Secretaría de Bienestar usa sus datos solo para inscribirle en los programas y darle seguimiento, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, rectificación, cancelación u oposición (derechos ARCO).</source>
        <translation>The Secretaría de Bienestar uses your data only to enrol you in the programs and follow up, under the General Law on the Protection of Personal Data Held by Public Bodies. You may ask for access, rectification, cancellation or opposition (ARCO rights).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="319"/>
        <source>Lea o explique este aviso a la persona antes de capturar cualquier dato.

La Secretaría de Bienestar es responsable de los datos personales que se recaban. Se usan para registrar a las personas del hogar, revisar si pueden recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo con las autoridades que la ley permite. Los datos sensibles (salud, discapacidad, embarazo, origen étnico) solo se registran con consentimiento expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) en cualquier Módulo de Bienestar.</source>
        <translation>Read or explain this notice to the person before capturing any data.

The Secretaría de Bienestar is responsible for the personal data collected. They are used to register the members of the household, check whether they can receive the welfare programs, enrol them and follow up their attendance checks. The data are stored encrypted and are not shared, except with the authorities the law allows. Sensitive data (health, disability, pregnancy, ethnic origin) are registered only with express consent. The ARCO rights (access, rectification, cancellation, opposition) can be exercised at any Módulo de Bienestar.</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <location filename="../../ui/enrol.py" line="204"/>
        <source>Ya está inscrita o inscrito en este programa.</source>
        <translation>Already enrolled in this program.</translation>
    </message>
</context>
<context>
    <name>QuickEnrolPage</name>
    <message>
        <location filename="../../ui/quick.py" line="61"/>
        <location filename="../../ui/quick.py" line="79"/>
        <location filename="../../ui/quick.py" line="81"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="64"/>
        <source>Marcar todos los documentos (Ctrl+D)</source>
        <translation>Mark all documents (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="68"/>
        <source>&amp;Inscribir (Ctrl+Enter)</source>
        <translation>&amp;Enrol (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="69"/>
        <source>Comprobante (Ctrl+P)</source>
        <translation>Receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="70"/>
        <source>Siguiente persona (Ctrl+N)</source>
        <translation>Next person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="76"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="99"/>
        <source>Inscripción rápida en módulo</source>
        <translation>Fast enrolment at a module</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="141"/>
        <source>CURP nueva: complete el nombre.</source>
        <translation>New CURP: complete the name.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="147"/>
        <source>Ya está registrada: %1, folio %2. Solo falta la inscripción.</source>
        <translation>Already registered: %1, folio %2. Only the enrolment is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="169"/>
        <source>%1 — le corresponde</source>
        <translation>%1 — qualifies</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="173"/>
        <source>Complete los datos de la persona</source>
        <translation>Complete the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="214"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Before any data are captured, the person must know and accept the notice.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="229"/>
        <source>Elija el programa.</source>
        <translation>Choose the program.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="278"/>
        <source>Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3).</source>
        <translation>Enrolment saved. Person folio %1; enrolment folio %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/receipt.py" line="85"/>
        <source>Secretaría de Bienestar</source>
        <translation>Secretaría de Bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="86"/>
        <location filename="../../ui/receipt.py" line="161"/>
        <source>Comprobante de registro</source>
        <translation>Registration receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="89"/>
        <source>Folio del hogar</source>
        <translation>Household folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="91"/>
        <source>Folio de la persona</source>
        <translation>Person folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="93"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="96"/>
        <source>Personas registradas</source>
        <translation>People registered</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="99"/>
        <source>Programas solicitados</source>
        <translation>Programs applied for</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="101"/>
        <source>folio</source>
        <translation>folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="103"/>
        <source>Sin solicitudes de programas por ahora.</source>
        <translation>No program applications for now.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="106"/>
        <source>Conserve este comprobante. Con el folio puede consultar su trámite en cualquier Módulo de Bienestar. Este comprobante no contiene datos personales.</source>
        <translation>Keep this receipt. With the folio you can follow your application at any Módulo de Bienestar. This receipt holds no personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="114"/>
        <source>Equipo</source>
        <translation>Device</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt.py" line="178"/>
        <source>Comprobante de registro</source>
        <translation>Registration receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="181"/>
        <source>Vista previa del comprobante</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="185"/>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="187"/>
        <source>&amp;Guardar como PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="188"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="223"/>
        <source>Guardar comprobante</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="223"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="230"/>
        <source>Guardando el PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="234"/>
        <source>Comprobante guardado en %1</source>
        <translation>Receipt saved in %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="243"/>
        <source>Imprimir comprobante</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="247"/>
        <source>Imprimiendo…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="250"/>
        <source>Comprobante enviado a la impresora.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="215"/>
        <source>Poner una frase de acceso nueva</source>
        <translation>Set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221"/>
        <source>&amp;Cambiar y abrir</source>
        <translation>&amp;Change and open</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Código de recuperación</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>Persona usuaria: %1. Escriba el código que anotó al preparar el equipo.</source>
        <translation>User: %1. Type the code you wrote down when the computer was set up.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>El código de recuperación no es correcto.</source>
        <translation>The recovery code is not right.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="97"/>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>Código de recuperación</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="102"/>
        <source>Ya anoté el código en papel y lo guardé en un lugar seguro</source>
        <translation>I wrote the code on paper and keep it in a safe place</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="108"/>
        <source>Anote este código en papel, tal como aparece, y guárdelo lejos de la computadora. Solo se muestra esta vez. Si olvida su frase de acceso, con este código podrá poner una nueva.</source>
        <translation>Write this code on paper exactly as shown and keep it away from the computer. It is shown only this once. If you forget your passphrase, this code lets you set a new one.</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <location filename="../../ui/enrol.py" line="66"/>
        <source>Con persona auxiliar (representante)</source>
        <translation>With an auxiliary person (representative)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="75"/>
        <source>p. ej. hija, vecino</source>
        <translation>e.g. daughter, neighbour</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="77"/>
        <source>10 dígitos</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="79"/>
        <source>Nombre(s) de la persona auxiliar</source>
        <translation>Representative&apos;s given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="80"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="81"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="82"/>
        <source>CURP de la persona auxiliar</source>
        <translation>Representative&apos;s CURP</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="83"/>
        <source>Parentesco o relación</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="84"/>
        <source>Teléfono de la persona auxiliar</source>
        <translation>Representative&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="101"/>
        <source>Escriba el parentesco o la relación.</source>
        <translation>Type the relationship.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search.py" line="117"/>
        <source>CURP, folio o nombre (con o sin acentos)</source>
        <translation>CURP, folio or name (with or without accents)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="118"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="120"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="128"/>
        <source>Resultados de la búsqueda</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="138"/>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="152"/>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="175"/>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="188"/>
        <source>%1 resultados</source>
        <translation>%1 results</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="58"/>
        <source> minutos</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Letra grande</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Alto contraste</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>&amp;Aplicar</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="67"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="68"/>
        <source>Bloquear la pantalla tras</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="71"/>
        <source>sin servidor configurado</source>
        <translation>no server configured</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>Servidor</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="73"/>
        <source>Equipo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <source>Agregar &amp;usuario</source>
        <translation>Add &amp;user</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>Nombre de usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Papel</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="87"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Otra persona usuaria en este equipo</source>
        <translation>Another user on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Cada persona que use este equipo necesita su propia frase de acceso.</source>
        <translation>Each person who uses this computer needs their own passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="150"/>
        <source>Se agregó a %1.</source>
        <translation>%1 was added.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="170"/>
        <source>Preparar este equipo</source>
        <translation>Set up this computer</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="173"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="174"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="175"/>
        <source>&amp;Terminar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="176"/>
        <source>&amp;Crear usuario</source>
        <translation>&amp;Create user</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/main.py" line="225"/>
        <source>Bienestar Field</source>
        <translation>Bienestar Field</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="226"/>
        <source>● Sin servidor configurado</source>
        <translation>● No server configured</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="227"/>
        <source>Conexión</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="228"/>
        <source>Cambios por enviar</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="332"/>
        <source>Cambios por enviar: %1</source>
        <translation>Changes to send: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="356"/>
        <source>Configuración guardada.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="361"/>
        <source>Aviso</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="53"/>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="56"/>
        <source>Olvidé mi frase de acceso…</source>
        <translation>I forgot my passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>Tiempo de espera</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68"/>
        <source>Persona usuaria</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="69"/>
        <source>Frase de acceso</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <source>Bienestar Field</source>
        <translation>Bienestar Field</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="73"/>
        <source>Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso.</source>
        <translation>The data on this computer are encrypted. Choose your name and type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="136"/>
        <source>Escriba su frase de acceso.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <source>Abriendo los datos cifrados…</source>
        <translation>Opening the encrypted data…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="181"/>
        <source>Podrá intentar de nuevo en %1 segundos.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="189"/>
        <source>Ya puede intentar de nuevo.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="56"/>
        <source>Primera persona usuaria</source>
        <translation>First user</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="58"/>
        <source>La frase de acceso protege los datos de las familias. No la comparta.</source>
        <translation>The passphrase protects the families&apos; data. Do not share it.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>Nombre de usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Papel</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/i18n.py" line="142"/>
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="143"/>
        <source>Hombre</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="144"/>
        <source>No binario</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="150"/>
        <source>Jefa o jefe del hogar</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="151"/>
        <source>Cónyuge o pareja</source>
        <translation>Spouse or partner</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="152"/>
        <source>Hija o hijo</source>
        <translation>Daughter or son</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="153"/>
        <source>Nieta o nieto</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="154"/>
        <source>Madre o padre</source>
        <translation>Mother or father</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="155"/>
        <source>Hermana o hermano</source>
        <translation>Sister or brother</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="156"/>
        <source>Suegra o suegro</source>
        <translation>Mother- or father-in-law</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="157"/>
        <source>Nuera o yerno</source>
        <translation>Daughter- or son-in-law</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="158"/>
        <source>Otro parentesco</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="159"/>
        <source>Sin parentesco</source>
        <translation>Not related</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="165"/>
        <source>Motriz</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="166"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="167"/>
        <source>Auditiva</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="168"/>
        <source>Del habla</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="169"/>
        <source>Intelectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="170"/>
        <source>Psicosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="171"/>
        <source>Múltiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="177"/>
        <source>Preescolar</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="178"/>
        <source>Primaria</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="179"/>
        <source>Secundaria</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="180"/>
        <source>Media superior (bachillerato)</source>
        <translation>Upper secondary (bachillerato)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="181"/>
        <source>Superior</source>
        <translation>Higher education</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="187"/>
        <source>Trabaja</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="188"/>
        <source>Estudia</source>
        <translation>Studies</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="189"/>
        <source>Trabaja y estudia</source>
        <translation>Works and studies</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="190"/>
        <source>No estudia ni trabaja</source>
        <translation>Neither studies nor works</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="191"/>
        <source>Se dedica al hogar</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="192"/>
        <source>Sin dato</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="198"/>
        <source>Servidora o servidor de la nación</source>
        <translation>Caseworker (servidor de la nación)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="199"/>
        <source>Supervisora o supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="200"/>
        <source>Personal de módulo</source>
        <translation>Module office clerk</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="206"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="207"/>
        <source>Enviada</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="208"/>
        <source>Aprobada</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="209"/>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="215"/>
        <source>Asistencia escolar</source>
        <translation>School attendance</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="216"/>
        <source>Cita de salud</source>
        <translation>Health appointment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="217"/>
        <source>Consulta prenatal</source>
        <translation>Prenatal visit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="218"/>
        <source>Visita domiciliaria</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="224"/>
        <source>Asistió</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="225"/>
        <source>Faltó</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="226"/>
        <source>Justificada</source>
        <translation>Justified</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="232"/>
        <source>cada dos meses</source>
        <translation>every two months</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="234"/>
        <source>al mes</source>
        <translation>a month</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="35"/>
        <source>Bienvenida</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="40"/>
        <source>Este equipo todavía no tiene personas usuarias. En tres pasos va a crear la primera: su nombre, su papel y una frase de acceso que solo usted conozca.

Todo lo que registre se guarda cifrado en este equipo: sin la frase de acceso nadie puede leerlo, aunque se pierda la computadora.</source>
        <translation>This computer has no users yet. In three steps you will create the first one: your name, your role and a passphrase only you know.

Everything you register is stored encrypted on this computer: without the passphrase nobody can read it, even if the computer is lost.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main.py" line="112"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="114"/>
        <source>&amp;Bloquear (Ctrl+L)</source>
        <translation>&amp;Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="116"/>
        <source>Cambiar de &amp;usuario</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="118"/>
        <source>Menú</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="129"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="130"/>
        <source>Registrar hogar</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="131"/>
        <source>Inscripción rápida</source>
        <translation>Fast enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="132"/>
        <source>Corresponsabilidades</source>
        <translation>Attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="133"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="134"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
