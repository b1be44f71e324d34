<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
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
        <translation>p. ej. a 200 m de la escuela, casa de adobe</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="99"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="101"/>
        <source>Municipio o alcaldía</source>
        <translation>Municipio o alcaldía</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="103"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="107"/>
        <source>Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre.</source>
        <translation>Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="110"/>
        <source>Tipo de asentamiento</source>
        <translation>Tipo de asentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="111"/>
        <source>Nombre del asentamiento</source>
        <translation>Nombre del asentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="112"/>
        <source>Tipo de vialidad</source>
        <translation>Tipo de vialidad</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="113"/>
        <source>Nombre de la vialidad</source>
        <translation>Nombre de la vialidad</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="115"/>
        <source>Número exterior</source>
        <translation>Número exterior</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="117"/>
        <source>Número interior</source>
        <translation>Número interior</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="118"/>
        <source>Código postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="119"/>
        <source>Entre calles</source>
        <translation>Entre calles</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="120"/>
        <source>Referencia</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="175"/>
        <source>Elija el estado.</source>
        <translation>Elija el estado.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="178"/>
        <source>Elija el municipio de la lista.</source>
        <translation>Elija el municipio de la lista.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../ui/widgets.py" line="151"/>
        <source>Trabajando</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../ui/checks.py" line="76"/>
        <source>Marcar</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="77"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="78"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="79"/>
        <source>Nacimiento</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="80"/>
        <source>Registrado en el periodo</source>
        <translation>Registrado en el periodo</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="102"/>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../ui/checks.py" line="140"/>
        <source>p. ej. 2026-05, 2026-B3 o 2026-S1</source>
        <translation>p. ej. 2026-05, 2026-B3 o 2026-S1</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="142"/>
        <source>CCT de la escuela o CLUES de la unidad de salud</source>
        <translation>CCT de la escuela o CLUES de la unidad de salud</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="143"/>
        <source>&amp;Ver lista</source>
        <translation>&amp;Ver lista</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="147"/>
        <source>Personas con corresponsabilidad pendiente</source>
        <translation>Personas con corresponsabilidad pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="155"/>
        <source>Marcar &amp;todos</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="156"/>
        <source>Asistió (Alt+1)</source>
        <translation>Asistió (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="157"/>
        <source>Faltó (Alt+2)</source>
        <translation>Faltó (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="158"/>
        <source>Justificada (Alt+3)</source>
        <translation>Justificada (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="164"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="165"/>
        <source>Tipo de corresponsabilidad</source>
        <translation>Tipo de corresponsabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="166"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="167"/>
        <source>Lugar de la visita</source>
        <translation>Lugar de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="174"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="216"/>
        <source>Escriba el periodo.</source>
        <translation>Escriba el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="228"/>
        <source>%1 personas en la lista; %2 sin registrar en el periodo.</source>
        <translation>%1 personas en la lista; %2 sin registrar en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="248"/>
        <source>Marque a las personas o elija una fila.</source>
        <translation>Marque a las personas o elija una fila.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="275"/>
        <source>Se registraron %1 como «%2».</source>
        <translation>Se registraron %1 como «%2».</translation>
    </message>
</context>
<context>
    <name>Curp</name>
    <message>
        <location filename="../../ui/i18n.py" line="243"/>
        <source>La CURP debe tener 18 caracteres.</source>
        <translation>La CURP debe tener 18 caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="244"/>
        <source>La CURP tiene un carácter que no corresponde a su posición.</source>
        <translation>La CURP tiene un carácter que no corresponde a su posición.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="247"/>
        <source>Las primeras cuatro letras forman una palabra que RENAPO nunca asigna.</source>
        <translation>Las primeras cuatro letras forman una palabra que RENAPO nunca asigna.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="250"/>
        <source>Las posiciones 5 a 10 de la CURP no son una fecha de nacimiento válida.</source>
        <translation>Las posiciones 5 a 10 de la CURP no son una fecha de nacimiento válida.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="253"/>
        <source>La posición 11 de la CURP (sexo) debe ser H, M o X.</source>
        <translation>La posición 11 de la CURP (sexo) debe ser H, M o X.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="254"/>
        <source>Las posiciones 12 y 13 de la CURP no son una entidad de nacimiento.</source>
        <translation>Las posiciones 12 y 13 de la CURP no son una entidad de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="257"/>
        <source>El dígito verificador no coincide: algún carácter está mal capturado.</source>
        <translation>El dígito verificador no coincide: algún carácter está mal capturado.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="135"/>
        <source>Inscripción del equipo</source>
        <translation>Inscripción del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>Dirección del servidor</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="143"/>
        <source>Código de inscripción</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>El servidor central no está configurado todavía. Puede trabajar sin conexión: todo se guarda en este equipo y se enviará cuando el equipo se inscriba con el servidor. Este paso estará disponible con la sincronización.</source>
        <translation>El servidor central no está configurado todavía. Puede trabajar sin conexión: todo se guarda en este equipo y se enviará cuando el equipo se inscriba con el servidor. Este paso estará disponible con la sincronización.</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <location filename="../../ui/enrol.py" line="150"/>
        <source>Documentos presentados:</source>
        <translation>Documentos presentados:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="155"/>
        <source>(no más de %1 meses de antigüedad)</source>
        <translation>(no más de %1 meses de antigüedad)</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <location filename="../../ui/enrol.py" line="57"/>
        <source>Servicio sin pago</source>
        <translation>Servicio sin pago</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol.py" line="237"/>
        <source>Inscribir en programas</source>
        <translation>Inscribir en programas</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="243"/>
        <source>%1 años · CURP %2 · folio %3</source>
        <translation>%1 años · CURP %2 · folio %3</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="260"/>
        <source>&amp;Inscribir</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="262"/>
        <source>Comprobante…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="264"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="269"/>
        <source>Programas que le corresponden</source>
        <translation>Programas que le corresponden</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="273"/>
        <source>Programas que no le corresponden</source>
        <translation>Programas que no le corresponden</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="329"/>
        <source>Ninguno.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="331"/>
        <source>Por ahora ningún programa le corresponde.</source>
        <translation>Por ahora ningún programa le corresponde.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="353"/>
        <source>Marque al menos un programa.</source>
        <translation>Marque al menos un programa.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="412"/>
        <source>Inscripción registrada: %1</source>
        <translation>Inscripción registrada: %1</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/widgets.py" line="53"/>
        <source>Mensaje del campo</source>
        <translation>Mensaje del campo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.</source>
        <translation>La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Demasiados intentos fallidos. Espere %1 segundos.</source>
        <translation>Demasiados intentos fallidos. Espere %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>La cuenta quedó bloqueada por demasiados intentos. Use el código de recuperación para poner una frase nueva.</source>
        <translation>La cuenta quedó bloqueada por demasiados intentos. Use el código de recuperación para poner una frase nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>La frase de acceso es débil: use al menos 12 caracteres, con 5 distintos o más, sin espacios al principio ni al final.</source>
        <translation>La frase de acceso es débil: use al menos 12 caracteres, con 5 distintos o más, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>No existe esa persona usuaria en este equipo.</source>
        <translation>No existe esa persona usuaria en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Ya existe una persona usuaria con ese nombre.</source>
        <translation>Ya existe una persona usuaria con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales.</source>
        <translation>El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.</source>
        <translation>Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>La persona ya está inscrita en ese programa.</source>
        <translation>La persona ya está inscrita en ese programa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.</source>
        <translation>Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>El registro ya no existe en este equipo.</source>
        <translation>El registro ya no existe en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Este equipo todavía no tiene personas usuarias.</source>
        <translation>Este equipo todavía no tiene personas usuarias.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>Hay datos por corregir; vea los mensajes junto a cada campo.</source>
        <translation>Hay datos por corregir; vea los mensajes junto a cada campo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Los datos de este equipo son de una versión más nueva de la aplicación. Actualice la aplicación; no se modificó nada.</source>
        <translation>Los datos de este equipo son de una versión más nueva de la aplicación. Actualice la aplicación; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>No se pudo leer o escribir en el disco. Revise que haya espacio libre.</source>
        <translation>No se pudo leer o escribir en el disco. Revise que haya espacio libre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>No se pudo leer o escribir un archivo. Revise que haya espacio libre.</source>
        <translation>No se pudo leer o escribir un archivo. Revise que haya espacio libre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Ocurrió un error interno; se anotó en la bitácora sin datos personales. Lo que ya estaba guardado no se perdió.</source>
        <translation>Ocurrió un error interno; se anotó en la bitácora sin datos personales. Lo que ya estaba guardado no se perdió.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/i18n.py" line="96"/>
        <source>es</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="58"/>
        <source>Hola, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="60"/>
        <source>Hogares registrados hoy</source>
        <translation>Hogares registrados hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="61"/>
        <source>Personas registradas hoy</source>
        <translation>Personas registradas hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="62"/>
        <source>Inscripciones de hoy</source>
        <translation>Inscripciones de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="63"/>
        <source>Corresponsabilidades de hoy</source>
        <translation>Corresponsabilidades de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="64"/>
        <source>Cambios por enviar</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="65"/>
        <source>Última sincronización</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="66"/>
        <source>Nunca</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="81"/>
        <source>Sin servidor configurado: todo queda guardado en este equipo hasta que se configure la sincronización.</source>
        <translation>Sin servidor configurado: todo queda guardado en este equipo hasta que se configure la sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="86"/>
        <source>Registrar un &amp;hogar</source>
        <translation>Registrar un &amp;hogar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="87"/>
        <source>&amp;Inscripción rápida en módulo</source>
        <translation>&amp;Inscripción rápida en módulo</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="88"/>
        <source>Registrar &amp;corresponsabilidades</source>
        <translation>Registrar &amp;corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="89"/>
        <source>&amp;Buscar personas</source>
        <translation>&amp;Buscar personas</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="102"/>
        <source>Borradores guardados</source>
        <translation>Borradores guardados</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="104"/>
        <source>C&amp;ontinuar borrador</source>
        <translation>C&amp;ontinuar borrador</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="116"/>
        <source>El trabajo de hoy</source>
        <translation>El trabajo de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="120"/>
        <source>¿Qué desea hacer?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="123"/>
        <source>Borradores sin terminar</source>
        <translation>Borradores sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="153"/>
        <source>No hay borradores.</source>
        <translation>No hay borradores.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/household.py" line="291"/>
        <source>Domicilio del hogar</source>
        <translation>Domicilio del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="298"/>
        <source>Integrantes del hogar</source>
        <translation>Integrantes del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="302"/>
        <source>&amp;Agregar integrante</source>
        <translation>&amp;Agregar integrante</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="303"/>
        <source>&amp;Nuevo integrante</source>
        <translation>&amp;Nuevo integrante</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="304"/>
        <source>&amp;Quitar integrante</source>
        <translation>&amp;Quitar integrante</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="307"/>
        <location filename="../../ui/household.py" line="404"/>
        <source>Integrantes</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="314"/>
        <location filename="../../ui/household.py" line="492"/>
        <source>Integrante nuevo</source>
        <translation>Integrante nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="329"/>
        <source>&amp;Registrar hogar</source>
        <translation>&amp;Registrar hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="332"/>
        <source>Integrantes registrados</source>
        <translation>Integrantes registrados</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="333"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Inscribir en programas…</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="334"/>
        <source>Comprobante…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="336"/>
        <source>Registrar &amp;otro hogar</source>
        <translation>Registrar &amp;otro hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="341"/>
        <source>Elija a una persona para inscribirla en los programas que le corresponden.</source>
        <translation>Elija a una persona para inscribirla en los programas que le corresponden.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="352"/>
        <source>Revise antes de registrar</source>
        <translation>Revise antes de registrar</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="360"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="361"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="362"/>
        <source>&amp;Guardar borrador</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="372"/>
        <source>Registrar un hogar</source>
        <translation>Registrar un hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="402"/>
        <source>Aviso de privacidad</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="403"/>
        <source>Domicilio</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="405"/>
        <source>Revisión</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="413"/>
        <source>Paso %1 de %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="443"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="455"/>
        <source>Registre al menos a una persona del hogar.</source>
        <translation>Registre al menos a una persona del hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="508"/>
        <source>Integrante %1</source>
        <translation>Integrante %1</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="542"/>
        <source>Domicilio:</source>
        <translation>Domicilio:</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="559"/>
        <source>Integrantes (%1):</source>
        <translation>Integrantes (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="593"/>
        <source>Hogar registrado con el folio %1</source>
        <translation>Hogar registrado con el folio %1</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="713"/>
        <source>sin localidad</source>
        <translation>sin localidad</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="715"/>
        <source>Hogar en %1, %2 integrantes</source>
        <translation>Hogar en %1, %2 integrantes</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="723"/>
        <source>Guardando borrador…</source>
        <translation>Guardando borrador…</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="742"/>
        <source>Borrador guardado.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/household.py" line="765"/>
        <source>Borrador recuperado.</source>
        <translation>Borrador recuperado.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/widgets.py" line="184"/>
        <location filename="../../ui/widgets.py" line="249"/>
        <source>Al menos 12 caracteres</source>
        <translation>Al menos 12 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="186"/>
        <location filename="../../ui/widgets.py" line="250"/>
        <source>Al menos 5 caracteres distintos</source>
        <translation>Al menos 5 caracteres distintos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="188"/>
        <location filename="../../ui/widgets.py" line="251"/>
        <source>Sin espacios al principio ni al final</source>
        <translation>Sin espacios al principio ni al final</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="203"/>
        <source>Mostrar la frase</source>
        <translation>Mostrar la frase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="207"/>
        <source>Fortaleza de la frase de acceso</source>
        <translation>Fortaleza de la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="213"/>
        <source>Frase de acceso</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="214"/>
        <source>Repita la frase</source>
        <translation>Repita la frase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="216"/>
        <source>Fortaleza</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="220"/>
        <source>Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026».</source>
        <translation>Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="239"/>
        <source>No cumple las reglas</source>
        <translation>No cumple las reglas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="240"/>
        <source>Débil</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="241"/>
        <source>Aceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="242"/>
        <source>Buena</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="243"/>
        <source>Muy buena</source>
        <translation>Muy buena</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="255"/>
        <source>Las dos frases coinciden</source>
        <translation>Las dos frases coinciden</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/search.py" line="213"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="218"/>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="234"/>
        <location filename="../../ui/search.py" line="255"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="236"/>
        <source>Inscripciones</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="242"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Inscribir en programas…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="243"/>
        <source>Comprobante…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="255"/>
        <source>Quién</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="255"/>
        <source>Cambio</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="255"/>
        <source>Datos</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="257"/>
        <source>Historial de cambios</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="266"/>
        <source>&amp;Datos</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="267"/>
        <source>&amp;Programas</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="268"/>
        <source>&amp;Historial</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="269"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="307"/>
        <source>Folio %1</source>
        <translation>Folio %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="308"/>
        <source>%1 años</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="311"/>
        <source>Hogar %1, %2 integrantes</source>
        <translation>Hogar %1, %2 integrantes</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="332"/>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="333"/>
        <source>Corrección</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="364"/>
        <source>Cambios guardados. Los datos anteriores quedan en el historial.</source>
        <translation>Cambios guardados. Los datos anteriores quedan en el historial.</translation>
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
        <translation>18 letras y números, p. ej. GOMA500315MOCNRR09</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="79"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="85"/>
        <source>Nació en el extranjero</source>
        <translation>Nació en el extranjero</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="91"/>
        <source>10 dígitos</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="94"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="95"/>
        <source>Nombre(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="97"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="99"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="101"/>
        <source>Fecha de nacimiento</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="103"/>
        <source>Sexo</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="105"/>
        <source>Entidad de nacimiento</source>
        <translation>Entidad de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="110"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Parentesco con la jefa o jefe</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="113"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="119"/>
        <source>Tiene guardería del IMSS o ISSSTE</source>
        <translation>Tiene guardería del IMSS o ISSSTE</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="121"/>
        <source>Ninguna</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="125"/>
        <source>Tiene certificado de una institución pública de salud</source>
        <translation>Tiene certificado de una institución pública de salud</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="127"/>
        <source>Se reconoce como indígena</source>
        <translation>Se reconoce como indígena</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="128"/>
        <source>Se reconoce como afromexicana o afromexicano</source>
        <translation>Se reconoce como afromexicana o afromexicano</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="129"/>
        <source>DD/MM/AAAA, si hay embarazo</source>
        <translation>DD/MM/AAAA, si hay embarazo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="131"/>
        <source>No estudia</source>
        <translation>No estudia</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="134"/>
        <source>Escuela pública</source>
        <translation>Escuela pública</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="138"/>
        <source>p. ej. 14DPR0001X</source>
        <translation>p. ej. 14DPR0001X</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="145"/>
        <source>Situación</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="146"/>
        <source>Ocupación</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="148"/>
        <source>Discapacidad</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="154"/>
        <source>Embarazo: fecha probable de parto</source>
        <translation>Embarazo: fecha probable de parto</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="156"/>
        <source>Escuela: nivel</source>
        <translation>Escuela: nivel</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="158"/>
        <source>Clave de la escuela (CCT)</source>
        <translation>Clave de la escuela (CCT)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="159"/>
        <source>Grado</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="239"/>
        <location filename="../../ui/person_form.py" line="249"/>
        <location filename="../../ui/person_form.py" line="260"/>
        <source>No coincide con la CURP (la CURP indica %1).</source>
        <translation>No coincide con la CURP (la CURP indica %1).</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="371"/>
        <location filename="../../ui/person_form.py" line="395"/>
        <source>Escriba la fecha como DD/MM/AAAA.</source>
        <translation>Escriba la fecha como DD/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="375"/>
        <source>Elija el sexo, como aparece en la CURP.</source>
        <translation>Elija el sexo, como aparece en la CURP.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="378"/>
        <source>Elija la entidad de nacimiento.</source>
        <translation>Elija la entidad de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="382"/>
        <source>Elija el parentesco con la jefa o jefe.</source>
        <translation>Elija el parentesco con la jefa o jefe.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="78"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="79"/>
        <source>Fecha de nacimiento</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="80"/>
        <source>Edad</source>
        <translation>Edad</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../ui/widgets.py" line="290"/>
        <source>La persona conoció el aviso de privacidad y acepta que se registren sus datos</source>
        <translation>La persona conoció el aviso de privacidad y acepta que se registren sus datos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="294"/>
        <source>Da su consentimiento expreso para datos sensibles (salud, discapacidad, embarazo, origen étnico)</source>
        <translation>Da su consentimiento expreso para datos sensibles (salud, discapacidad, embarazo, origen étnico)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="304"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Aviso de privacidad simplificado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="313"/>
        <source>La Secretaría de Bienestar usa sus datos solo para inscribirle en los programas y darle seguimiento, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, rectificación, cancelación u oposición (derechos ARCO).</source>
        <translation>La Secretaría de Bienestar usa sus datos solo para inscribirle en los programas y darle seguimiento, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, rectificación, cancelación u oposición (derechos ARCO).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="319"/>
        <source>Lea o explique este aviso a la persona antes de capturar cualquier dato.

La Secretaría de Bienestar es responsable de los datos personales que se recaban. Se usan para registrar a las personas del hogar, revisar si pueden recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo con las autoridades que la ley permite. Los datos sensibles (salud, discapacidad, embarazo, origen étnico) solo se registran con consentimiento expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) en cualquier Módulo de Bienestar.</source>
        <translation>Lea o explique este aviso a la persona antes de capturar cualquier dato.

La Secretaría de Bienestar es responsable de los datos personales que se recaban. Se usan para registrar a las personas del hogar, revisar si pueden recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo con las autoridades que la ley permite. Los datos sensibles (salud, discapacidad, embarazo, origen étnico) solo se registran con consentimiento expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) en cualquier Módulo de Bienestar.</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <location filename="../../ui/enrol.py" line="204"/>
        <source>Ya está inscrita o inscrito en este programa.</source>
        <translation>Ya está inscrita o inscrito en este programa.</translation>
    </message>
</context>
<context>
    <name>QuickEnrolPage</name>
    <message>
        <location filename="../../ui/quick.py" line="61"/>
        <location filename="../../ui/quick.py" line="79"/>
        <location filename="../../ui/quick.py" line="81"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="64"/>
        <source>Marcar todos los documentos (Ctrl+D)</source>
        <translation>Marcar todos los documentos (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="68"/>
        <source>&amp;Inscribir (Ctrl+Enter)</source>
        <translation>&amp;Inscribir (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="69"/>
        <source>Comprobante (Ctrl+P)</source>
        <translation>Comprobante (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="70"/>
        <source>Siguiente persona (Ctrl+N)</source>
        <translation>Siguiente persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="76"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="99"/>
        <source>Inscripción rápida en módulo</source>
        <translation>Inscripción rápida en módulo</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="141"/>
        <source>CURP nueva: complete el nombre.</source>
        <translation>CURP nueva: complete el nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="147"/>
        <source>Ya está registrada: %1, folio %2. Solo falta la inscripción.</source>
        <translation>Ya está registrada: %1, folio %2. Solo falta la inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="169"/>
        <source>%1 — le corresponde</source>
        <translation>%1 — le corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="173"/>
        <source>Complete los datos de la persona</source>
        <translation>Complete los datos de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="214"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="229"/>
        <source>Elija el programa.</source>
        <translation>Elija el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="278"/>
        <source>Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3).</source>
        <translation>Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3).</translation>
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
        <translation>Comprobante de registro</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="89"/>
        <source>Folio del hogar</source>
        <translation>Folio del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="91"/>
        <source>Folio de la persona</source>
        <translation>Folio de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="93"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="96"/>
        <source>Personas registradas</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="99"/>
        <source>Programas solicitados</source>
        <translation>Programas solicitados</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="101"/>
        <source>folio</source>
        <translation>folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="103"/>
        <source>Sin solicitudes de programas por ahora.</source>
        <translation>Sin solicitudes de programas por ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="106"/>
        <source>Conserve este comprobante. Con el folio puede consultar su trámite en cualquier Módulo de Bienestar. Este comprobante no contiene datos personales.</source>
        <translation>Conserve este comprobante. Con el folio puede consultar su trámite en cualquier Módulo de Bienestar. Este comprobante no contiene datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="114"/>
        <source>Equipo</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt.py" line="178"/>
        <source>Comprobante de registro</source>
        <translation>Comprobante de registro</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="181"/>
        <source>Vista previa del comprobante</source>
        <translation>Vista previa del comprobante</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="185"/>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="187"/>
        <source>&amp;Guardar como PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="188"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="223"/>
        <source>Guardar comprobante</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="223"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="230"/>
        <source>Guardando el PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="234"/>
        <source>Comprobante guardado en %1</source>
        <translation>Comprobante guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="243"/>
        <source>Imprimir comprobante</source>
        <translation>Imprimir comprobante</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="247"/>
        <source>Imprimiendo…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="250"/>
        <source>Comprobante enviado a la impresora.</source>
        <translation>Comprobante enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="215"/>
        <source>Poner una frase de acceso nueva</source>
        <translation>Poner una frase de acceso nueva</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="221"/>
        <source>&amp;Cambiar y abrir</source>
        <translation>&amp;Cambiar y abrir</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Código de recuperación</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>Persona usuaria: %1. Escriba el código que anotó al preparar el equipo.</source>
        <translation>Persona usuaria: %1. Escriba el código que anotó al preparar el equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>El código de recuperación no es correcto.</source>
        <translation>El código de recuperación no es correcto.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="97"/>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>Código de recuperación</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="102"/>
        <source>Ya anoté el código en papel y lo guardé en un lugar seguro</source>
        <translation>Ya anoté el código en papel y lo guardé en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="108"/>
        <source>Anote este código en papel, tal como aparece, y guárdelo lejos de la computadora. Solo se muestra esta vez. Si olvida su frase de acceso, con este código podrá poner una nueva.</source>
        <translation>Anote este código en papel, tal como aparece, y guárdelo lejos de la computadora. Solo se muestra esta vez. Si olvida su frase de acceso, con este código podrá poner una nueva.</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <location filename="../../ui/enrol.py" line="66"/>
        <source>Con persona auxiliar (representante)</source>
        <translation>Con persona auxiliar (representante)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="75"/>
        <source>p. ej. hija, vecino</source>
        <translation>p. ej. hija, vecino</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="77"/>
        <source>10 dígitos</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="79"/>
        <source>Nombre(s) de la persona auxiliar</source>
        <translation>Nombre(s) de la persona auxiliar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="80"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="81"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="82"/>
        <source>CURP de la persona auxiliar</source>
        <translation>CURP de la persona auxiliar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="83"/>
        <source>Parentesco o relación</source>
        <translation>Parentesco o relación</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="84"/>
        <source>Teléfono de la persona auxiliar</source>
        <translation>Teléfono de la persona auxiliar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="101"/>
        <source>Escriba el parentesco o la relación.</source>
        <translation>Escriba el parentesco o la relación.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search.py" line="117"/>
        <source>CURP, folio o nombre (con o sin acentos)</source>
        <translation>CURP, folio o nombre (con o sin acentos)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="118"/>
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="120"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="128"/>
        <source>Resultados de la búsqueda</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="138"/>
        <source>&amp;Abrir</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="152"/>
        <source>Buscar personas</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="175"/>
        <source>Buscando…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="188"/>
        <source>%1 resultados</source>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="58"/>
        <source> minutos</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>Letra grande</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Alto contraste</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>&amp;Aplicar</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="67"/>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="68"/>
        <source>Bloquear la pantalla tras</source>
        <translation>Bloquear la pantalla tras</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="71"/>
        <source>sin servidor configurado</source>
        <translation>sin servidor configurado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>Servidor</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="73"/>
        <source>Equipo</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <source>Agregar &amp;usuario</source>
        <translation>Agregar &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>Nombre de usuario</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="87"/>
        <source>Configuración</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Otra persona usuaria en este equipo</source>
        <translation>Otra persona usuaria en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Cada persona que use este equipo necesita su propia frase de acceso.</source>
        <translation>Cada persona que use este equipo necesita su propia frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="150"/>
        <source>Se agregó a %1.</source>
        <translation>Se agregó a %1.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="170"/>
        <source>Preparar este equipo</source>
        <translation>Preparar este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="173"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="174"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="175"/>
        <source>&amp;Terminar</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="176"/>
        <source>&amp;Crear usuario</source>
        <translation>&amp;Crear usuario</translation>
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
        <translation>● Sin servidor configurado</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="227"/>
        <source>Conexión</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="228"/>
        <source>Cambios por enviar</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="332"/>
        <source>Cambios por enviar: %1</source>
        <translation>Cambios por enviar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="356"/>
        <source>Configuración guardada.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="361"/>
        <source>Aviso</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="53"/>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="56"/>
        <source>Olvidé mi frase de acceso…</source>
        <translation>Olvidé mi frase de acceso…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>Tiempo de espera</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68"/>
        <source>Persona usuaria</source>
        <translation>Persona usuaria</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="69"/>
        <source>Frase de acceso</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <source>Bienestar Field</source>
        <translation>Bienestar Field</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="73"/>
        <source>Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso.</source>
        <translation>Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="136"/>
        <source>Escriba su frase de acceso.</source>
        <translation>Escriba su frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <source>Abriendo los datos cifrados…</source>
        <translation>Abriendo los datos cifrados…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="181"/>
        <source>Podrá intentar de nuevo en %1 segundos.</source>
        <translation>Podrá intentar de nuevo en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="189"/>
        <source>Ya puede intentar de nuevo.</source>
        <translation>Ya puede intentar de nuevo.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="56"/>
        <source>Primera persona usuaria</source>
        <translation>Primera persona usuaria</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="58"/>
        <source>La frase de acceso protege los datos de las familias. No la comparta.</source>
        <translation>La frase de acceso protege los datos de las familias. No la comparta.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>Nombre de usuario</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/i18n.py" line="142"/>
        <source>Mujer</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="143"/>
        <source>Hombre</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="144"/>
        <source>No binario</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="150"/>
        <source>Jefa o jefe del hogar</source>
        <translation>Jefa o jefe del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="151"/>
        <source>Cónyuge o pareja</source>
        <translation>Cónyuge o pareja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="152"/>
        <source>Hija o hijo</source>
        <translation>Hija o hijo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="153"/>
        <source>Nieta o nieto</source>
        <translation>Nieta o nieto</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="154"/>
        <source>Madre o padre</source>
        <translation>Madre o padre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="155"/>
        <source>Hermana o hermano</source>
        <translation>Hermana o hermano</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="156"/>
        <source>Suegra o suegro</source>
        <translation>Suegra o suegro</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="157"/>
        <source>Nuera o yerno</source>
        <translation>Nuera o yerno</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="158"/>
        <source>Otro parentesco</source>
        <translation>Otro parentesco</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="159"/>
        <source>Sin parentesco</source>
        <translation>Sin parentesco</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="165"/>
        <source>Motriz</source>
        <translation>Motriz</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="166"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="167"/>
        <source>Auditiva</source>
        <translation>Auditiva</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="168"/>
        <source>Del habla</source>
        <translation>Del habla</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="169"/>
        <source>Intelectual</source>
        <translation>Intelectual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="170"/>
        <source>Psicosocial</source>
        <translation>Psicosocial</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="171"/>
        <source>Múltiple</source>
        <translation>Múltiple</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="177"/>
        <source>Preescolar</source>
        <translation>Preescolar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="178"/>
        <source>Primaria</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="179"/>
        <source>Secundaria</source>
        <translation>Secundaria</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="180"/>
        <source>Media superior (bachillerato)</source>
        <translation>Media superior (bachillerato)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="181"/>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="187"/>
        <source>Trabaja</source>
        <translation>Trabaja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="188"/>
        <source>Estudia</source>
        <translation>Estudia</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="189"/>
        <source>Trabaja y estudia</source>
        <translation>Trabaja y estudia</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="190"/>
        <source>No estudia ni trabaja</source>
        <translation>No estudia ni trabaja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="191"/>
        <source>Se dedica al hogar</source>
        <translation>Se dedica al hogar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="192"/>
        <source>Sin dato</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="198"/>
        <source>Servidora o servidor de la nación</source>
        <translation>Servidora o servidor de la nación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="199"/>
        <source>Supervisora o supervisor</source>
        <translation>Supervisora o supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="200"/>
        <source>Personal de módulo</source>
        <translation>Personal de módulo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="206"/>
        <source>Borrador</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="207"/>
        <source>Enviada</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="208"/>
        <source>Aprobada</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="209"/>
        <source>Rechazada</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="215"/>
        <source>Asistencia escolar</source>
        <translation>Asistencia escolar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="216"/>
        <source>Cita de salud</source>
        <translation>Cita de salud</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="217"/>
        <source>Consulta prenatal</source>
        <translation>Consulta prenatal</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="218"/>
        <source>Visita domiciliaria</source>
        <translation>Visita domiciliaria</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="224"/>
        <source>Asistió</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="225"/>
        <source>Faltó</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="226"/>
        <source>Justificada</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="232"/>
        <source>cada dos meses</source>
        <translation>cada dos meses</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="234"/>
        <source>al mes</source>
        <translation>al mes</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="35"/>
        <source>Bienvenida</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="40"/>
        <source>Este equipo todavía no tiene personas usuarias. En tres pasos va a crear la primera: su nombre, su papel y una frase de acceso que solo usted conozca.

Todo lo que registre se guarda cifrado en este equipo: sin la frase de acceso nadie puede leerlo, aunque se pierda la computadora.</source>
        <translation>Este equipo todavía no tiene personas usuarias. En tres pasos va a crear la primera: su nombre, su papel y una frase de acceso que solo usted conozca.

Todo lo que registre se guarda cifrado en este equipo: sin la frase de acceso nadie puede leerlo, aunque se pierda la computadora.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main.py" line="112"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Sesión: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="114"/>
        <source>&amp;Bloquear (Ctrl+L)</source>
        <translation>&amp;Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="116"/>
        <source>Cambiar de &amp;usuario</source>
        <translation>Cambiar de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="118"/>
        <source>Menú</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="129"/>
        <source>Inicio</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="130"/>
        <source>Registrar hogar</source>
        <translation>Registrar hogar</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="131"/>
        <source>Inscripción rápida</source>
        <translation>Inscripción rápida</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="132"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="133"/>
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="134"/>
        <source>Configuración</source>
        <translation>Configuración</translation>
    </message>
</context>
</TS>
