<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="451"/>
        <source>Hogar %1. Corrija los datos que cambiaron; el domicilio anterior queda en el historial del hogar.</source>
        <translation>Hogar %1. Corrija los datos que cambiaron; el domicilio anterior queda en el historial del hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="455"/>
        <source>Cambiar el domicilio</source>
        <translation>Cambiar el domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="457"/>
        <source>&amp;Guardar domicilio</source>
        <translation>&amp;Guardar domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="480"/>
        <source>Vive ahí desde</source>
        <translation>Vive ahí desde</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <location filename="../../ui/household/address_form.py" line="58"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="84"/>
        <source>p. ej. a 200 m de la escuela, casa de adobe</source>
        <translation>p. ej. a 200 m de la escuela, casa de adobe</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="86"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="88"/>
        <source>Municipio o alcaldía</source>
        <translation>Municipio o alcaldía</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="90"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="95"/>
        <source>Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre.</source>
        <translation>Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="99"/>
        <source>Tipo de asentamiento</source>
        <translation>Tipo de asentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="100"/>
        <source>Nombre del asentamiento</source>
        <translation>Nombre del asentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="101"/>
        <source>Tipo de vialidad</source>
        <translation>Tipo de vialidad</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="102"/>
        <source>Nombre de la vialidad</source>
        <translation>Nombre de la vialidad</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="104"/>
        <source>Número exterior</source>
        <translation>Número exterior</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="106"/>
        <source>Número interior</source>
        <translation>Número interior</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="107"/>
        <source>Código postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="108"/>
        <source>Entre calles</source>
        <translation>Entre calles</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="109"/>
        <source>Referencia</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="157"/>
        <source>«%1» no está en el catálogo de municipios de %2: elija uno de la lista.</source>
        <translation>«%1» no está en el catálogo de municipios de %2: elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="162"/>
        <source>Elija primero el estado.</source>
        <translation>Elija primero el estado.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="174"/>
        <source>«%1» no está en el catálogo de localidades de este municipio: se registrará como localidad escrita (menos de 1,000 habitantes).</source>
        <translation>«%1» no está en el catálogo de localidades de este municipio: se registrará como localidad escrita (menos de 1,000 habitantes).</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="205"/>
        <source>Elija el estado.</source>
        <translation>Elija el estado.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="209"/>
        <source>Elija el municipio de la lista.</source>
        <translation>Elija el municipio de la lista.</translation>
    </message>
</context>
<context>
    <name>Arco</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="93"/>
        <source>Acceso</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="94"/>
        <source>Rectificación</source>
        <translation>Rectificación</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="95"/>
        <source>Cancelación</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="96"/>
        <source>Oposición</source>
        <translation>Oposición</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="102"/>
        <source>En persona</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="103"/>
        <source>Por escrito</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="104"/>
        <source>Por teléfono</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="105"/>
        <source>Por correo electrónico</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="106"/>
        <source>Plataforma Nacional de Transparencia</source>
        <translation>Plataforma Nacional de Transparencia</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="112"/>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="113"/>
        <source>Atendida</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="114"/>
        <source>Improcedente</source>
        <translation>Improcedente</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="120"/>
        <source>No se acreditó la identidad o la representación</source>
        <translation>No se acreditó la identidad o la representación</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="123"/>
        <source>Los datos no están en posesión de la Secretaría</source>
        <translation>Los datos no están en posesión de la Secretaría</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="126"/>
        <source>Una ley obliga a conservar o tratar los datos</source>
        <translation>Una ley obliga a conservar o tratar los datos</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="129"/>
        <source>Obstaculizaría un procedimiento judicial o administrativo</source>
        <translation>Obstaculizaría un procedimiento judicial o administrativo</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="132"/>
        <source>La misma solicitud ya fue atendida</source>
        <translation>La misma solicitud ya fue atendida</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="133"/>
        <source>Otra causa legal (en la nota)</source>
        <translation>Otra causa legal (en la nota)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="139"/>
        <source>Entrega de tarjeta</source>
        <translation>Entrega de tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="140"/>
        <source>Reporte de extravío</source>
        <translation>Reporte de extravío</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="141"/>
        <source>Reporte de robo</source>
        <translation>Reporte de robo</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="142"/>
        <source>Reposición de tarjeta</source>
        <translation>Reposición de tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="148"/>
        <source>Credencial para votar (INE)</source>
        <translation>Credencial para votar (INE)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="149"/>
        <source>Pasaporte</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="150"/>
        <source>Credencial del INAPAM</source>
        <translation>Credencial del INAPAM</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="151"/>
        <source>Constancia de identidad</source>
        <translation>Constancia de identidad</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="152"/>
        <source>Otra identificación oficial</source>
        <translation>Otra identificación oficial</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="158"/>
        <source>Firma</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="159"/>
        <source>Huella</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="166"/>
        <source>Tarjeta Mi Bienestar: sin entregar</source>
        <translation>Tarjeta Mi Bienestar: sin entregar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="169"/>
        <source>Tarjeta Mi Bienestar ····%1 reportada como robada el %2</source>
        <translation>Tarjeta Mi Bienestar ····%1 reportada como robada el %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="171"/>
        <source>Tarjeta Mi Bienestar ····%1 reportada como extraviada el %2</source>
        <translation>Tarjeta Mi Bienestar ····%1 reportada como extraviada el %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="175"/>
        <source>Tarjeta Mi Bienestar ····%1 (reposición) vigente desde el %2</source>
        <translation>Tarjeta Mi Bienestar ····%1 (reposición) vigente desde el %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="177"/>
        <source>Tarjeta Mi Bienestar ····%1 entregada el %2</source>
        <translation>Tarjeta Mi Bienestar ····%1 entregada el %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="198"/>
        <location filename="../../ui/arco_cards.py" line="285"/>
        <source>Sus datos personales en el padrón de Bienestar</source>
        <translation>Sus datos personales en el padrón de Bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="199"/>
        <source>Respuesta a su solicitud de acceso (derechos ARCO).</source>
        <translation>Respuesta a su solicitud de acceso (derechos ARCO).</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="200"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="204"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="205"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="206"/>
        <source>Nombre(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="207"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="208"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="209"/>
        <source>Fecha de nacimiento</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="210"/>
        <source>Sexo</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="211"/>
        <source>Entidad de nacimiento</source>
        <translation>Entidad de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="212"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="214"/>
        <source>Discapacidad</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="218"/>
        <source>Se reconoce indígena</source>
        <translation>Se reconoce indígena</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="219"/>
        <location filename="../../ui/arco_cards.py" line="223"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="219"/>
        <location filename="../../ui/arco_cards.py" line="223"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="222"/>
        <source>Se reconoce afromexicana</source>
        <translation>Se reconoce afromexicana</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="225"/>
        <source>Notas</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="227"/>
        <source>Registro cancelado el</source>
        <translation>Registro cancelado el</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="237"/>
        <source>Hogar y domicilio</source>
        <translation>Hogar y domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="241"/>
        <source>Folio del hogar</source>
        <translation>Folio del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="242"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="244"/>
        <source>Calle</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="247"/>
        <source>Colonia</source>
        <translation>Colonia</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="248"/>
        <source>Código postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="253"/>
        <source>Programas</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="255"/>
        <source>Ninguno.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="256"/>
        <source>%1 corresponsabilidades registradas</source>
        <translation>%1 corresponsabilidades registradas</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="263"/>
        <source>Tarjeta Mi Bienestar</source>
        <translation>Tarjeta Mi Bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="270"/>
        <source>Solicitudes ARCO</source>
        <translation>Solicitudes ARCO</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="396"/>
        <source>Recibida</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="398"/>
        <source>Derecho</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="399"/>
        <source>Medio</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="400"/>
        <source>Respuesta</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="403"/>
        <source>Fecha de respuesta</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="406"/>
        <source>Lo que solicita</source>
        <translation>Lo que solicita</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="813"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="814"/>
        <source>Movimiento</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="817"/>
        <source>Tarjeta</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="820"/>
        <source>Lugar</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="823"/>
        <source>Recibió con</source>
        <translation>Recibió con</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="826"/>
        <source>Atendió</source>
        <translation>Atendió</translation>
    </message>
</context>
<context>
    <name>ArcoDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="423"/>
        <source>Derechos ARCO</source>
        <translation>Derechos ARCO</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="426"/>
        <source>Derechos ARCO de %1</source>
        <translation>Derechos ARCO de %1</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="430"/>
        <source>Registre aquí cada solicitud de acceso, rectificación, cancelación u oposición de la persona sobre sus datos personales, y su respuesta. Las solicitudes no se borran: quedan en su historial.</source>
        <translation>Registre aquí cada solicitud de acceso, rectificación, cancelación u oposición de la persona sobre sus datos personales, y su respuesta. Las solicitudes no se borran: quedan en su historial.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="436"/>
        <source>Solicitudes ARCO</source>
        <translation>Solicitudes ARCO</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="441"/>
        <location filename="../../ui/arco_cards.py" line="475"/>
        <source>Elija…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="444"/>
        <location filename="../../ui/arco_cards.py" line="472"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="450"/>
        <source>Derecho</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="453"/>
        <source>Medio</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="456"/>
        <source>Fecha de recepción</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="459"/>
        <source>Lo que solicita</source>
        <translation>Lo que solicita</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="462"/>
        <source>Tratamiento al que se opone</source>
        <translation>Tratamiento al que se opone</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="465"/>
        <source>Recibió</source>
        <translation>Recibió</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="467"/>
        <source>&amp;Registrar solicitud</source>
        <translation>&amp;Registrar solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="471"/>
        <location filename="../../ui/arco_cards.py" line="560"/>
        <source>Elija una solicitud pendiente de la lista.</source>
        <translation>Elija una solicitud pendiente de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="479"/>
        <source>Fecha de respuesta</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="482"/>
        <source>Causa de improcedencia</source>
        <translation>Causa de improcedencia</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="484"/>
        <source>Nota de la respuesta</source>
        <translation>Nota de la respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="485"/>
        <source>Expediente en &amp;PDF…</source>
        <translation>Expediente en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="486"/>
        <source>&amp;Atender</source>
        <translation>&amp;Atender</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="487"/>
        <source>&amp;Improcedente</source>
        <translation>&amp;Improcedente</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="489"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="497"/>
        <source>Nueva solicitud</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="500"/>
        <source>Respuesta</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="564"/>
        <source>Acceso: entregue a la persona su expediente completo en PDF y después márquela como atendida.</source>
        <translation>Acceso: entregue a la persona su expediente completo en PDF y después márquela como atendida.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="568"/>
        <source>Rectificación: «Atender» abre sus datos para corregirlos; el cambio queda ligado a esta solicitud.</source>
        <translation>Rectificación: «Atender» abre sus datos para corregirlos; el cambio queda ligado a esta solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="572"/>
        <source>Cancelación: «Atender» cierra el registro de la persona y da de baja sus inscripciones. Se borran su teléfono y las notas; se conservan su identidad y el historial de pagos que la ley obliga a guardar. Nada se elimina.</source>
        <translation>Cancelación: «Atender» cierra el registro de la persona y da de baja sus inscripciones. Se borran su teléfono y las notas; se conservan su identidad y el historial de pagos que la ley obliga a guardar. Nada se elimina.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="577"/>
        <source>Oposición al tratamiento: %1</source>
        <translation>Oposición al tratamiento: %1</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="582"/>
        <source>%1 · recibida el %2 · %3. %4</source>
        <translation>%1 · recibida el %2 · %3. %4</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="596"/>
        <source>Elija el derecho que ejerce.</source>
        <translation>Elija el derecho que ejerce.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="619"/>
        <source>Solicitud registrada.</source>
        <translation>Solicitud registrada.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="638"/>
        <source>Respuesta guardada.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="704"/>
        <source>Guardar expediente</source>
        <translation>Guardar expediente</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="704"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="711"/>
        <source>Guardando el PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="715"/>
        <source>Expediente guardado en %1</source>
        <translation>Expediente guardado en %1</translation>
    </message>
</context>
<context>
    <name>AtRiskDialog</name>
    <message>
        <location filename="../../ui/follow_up.py" line="261"/>
        <source>Pago en riesgo este periodo</source>
        <translation>Pago en riesgo este periodo</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="269"/>
        <source>Personas con una corresponsabilidad que condiciona el pago sin cumplir en este periodo o en el que acaba de terminar.</source>
        <translation>Personas con una corresponsabilidad que condiciona el pago sin cumplir en este periodo o en el que acaba de terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="286"/>
        <source>Nadie tiene el pago en riesgo este periodo.</source>
        <translation>Nadie tiene el pago en riesgo este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up.py" line="287"/>
        <source>%n personas con el pago en riesgo.</source>
        <translation>
            <numerusform>%n persona con el pago en riesgo.</numerusform>
            <numerusform>%n personas con el pago en riesgo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../ui/widgets.py" line="401"/>
        <source>Trabajando</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar_texts.py" line="32"/>
        <source>lunes</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="33"/>
        <source>martes</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="34"/>
        <source>miércoles</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="35"/>
        <source>jueves</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="36"/>
        <source>viernes</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="37"/>
        <source>sábado</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="38"/>
        <source>domingo</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="49"/>
        <source>Sin fecha en el calendario de pagos</source>
        <translation>Sin fecha en el calendario de pagos</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="56"/>
        <source>%1: del %2 al %3</source>
        <translation>%1: del %2 al %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="69"/>
        <source>Sin fecha</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="72"/>
        <source>%1 al %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="85"/>
        <source>Acuda a su Módulo de Bienestar en horario de atención.</source>
        <translation>Acuda a su Módulo de Bienestar en horario de atención.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="87"/>
        <source>inicial %1</source>
        <translation>inicial %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="89"/>
        <source>de la %1 a la %2</source>
        <translation>de la %1 a la %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="92"/>
        <source>Su día de atención en el Módulo de Bienestar es el %1 (primer apellido %2).</source>
        <translation>Su día de atención en el Módulo de Bienestar es el %1 (primer apellido %2).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="101"/>
        <source>El próximo: %1.</source>
        <translation>El próximo: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="109"/>
        <source>Traiga este comprobante y una identificación oficial.</source>
        <translation>Traiga este comprobante y una identificación oficial.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="111"/>
        <source>Traiga este comprobante y: %1.</source>
        <translation>Traiga este comprobante y: %1.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="842"/>
        <source>Tarjeta Mi Bienestar</source>
        <translation>Tarjeta Mi Bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="845"/>
        <source>Tarjeta Mi Bienestar de %1</source>
        <translation>Tarjeta Mi Bienestar de %1</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="850"/>
        <source>Solo se registran los últimos cuatro dígitos de la tarjeta. Nunca escriba el número completo, datos bancarios ni el NIP.</source>
        <translation>Solo se registran los últimos cuatro dígitos de la tarjeta. Nunca escriba el número completo, datos bancarios ni el NIP.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="855"/>
        <source>Movimientos de la tarjeta</source>
        <translation>Movimientos de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="859"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="866"/>
        <source>4 dígitos</source>
        <translation>4 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="869"/>
        <location filename="../../ui/arco_cards.py" line="873"/>
        <source>Elija…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="877"/>
        <source>Movimiento</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="878"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="880"/>
        <source>Últimos cuatro dígitos</source>
        <translation>Últimos cuatro dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="882"/>
        <source>Lugar de entrega</source>
        <translation>Lugar de entrega</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="884"/>
        <source>Identificación presentada</source>
        <translation>Identificación presentada</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="888"/>
        <source>Identificación verificada</source>
        <translation>Identificación verificada</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="890"/>
        <source>Cotejé la identificación con la persona</source>
        <translation>Cotejé la identificación con la persona</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="894"/>
        <source>Firma de recibido</source>
        <translation>Firma de recibido</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="897"/>
        <source>Atendió</source>
        <translation>Atendió</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="899"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="900"/>
        <source>&amp;Registrar</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="901"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="911"/>
        <source>Nuevo movimiento</source>
        <translation>Nuevo movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="984"/>
        <source>Movimiento registrado.</source>
        <translation>Movimiento registrado.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../ui/checks.py" line="81"/>
        <source>Marcar</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="84"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="88"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="89"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="90"/>
        <source>Escuela (CCT)</source>
        <translation>Escuela (CCT)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="91"/>
        <source>En el periodo</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="92"/>
        <source>Cumplimiento</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="77"/>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../ui/checks.py" line="159"/>
        <source>CCT de la escuela o CLUES de la unidad de salud</source>
        <translation>CCT de la escuela o CLUES de la unidad de salud</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="160"/>
        <source>&amp;Ver lista</source>
        <translation>&amp;Ver lista</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="162"/>
        <location filename="../../ui/checks.py" line="163"/>
        <source>Filtrar por nombre</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="166"/>
        <source>Filtrar por localidad</source>
        <translation>Filtrar por localidad</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="168"/>
        <source>Filtrar por escuela</source>
        <translation>Filtrar por escuela</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="174"/>
        <source>Personas con corresponsabilidad pendiente</source>
        <translation>Personas con corresponsabilidad pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="209"/>
        <source>Marcar &amp;todos</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="210"/>
        <source>Asistió (Alt+1)</source>
        <translation>Asistió (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="211"/>
        <source>Faltó (Alt+2)</source>
        <translation>Faltó (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="212"/>
        <source>Justificada (Alt+3)</source>
        <translation>Justificada (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="213"/>
        <source>&amp;Deshacer (Ctrl+Z)</source>
        <translation>&amp;Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="219"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="220"/>
        <source>Tipo de corresponsabilidad</source>
        <translation>Tipo de corresponsabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="356"/>
        <source>Cargando la lista…</source>
        <translation>Cargando la lista…</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="390"/>
        <source>Todas las localidades</source>
        <translation>Todas las localidades</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="394"/>
        <source>Todas las escuelas</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks.py" line="583"/>
        <source>Se deshizo la marca de %n personas.</source>
        <translation>
            <numerusform>Se deshizo la marca de %n persona.</numerusform>
            <numerusform>Se deshizo la marca de %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="477"/>
        <source>¿Registrar a las %1 personas marcadas como «%2»? Se usan las marcas, no las filas seleccionadas.</source>
        <translation>¿Registrar a las %1 personas marcadas como «%2»? Se usan las marcas, no las filas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="485"/>
        <source>¿Registrar a las %1 personas seleccionadas como «%2»?</source>
        <translation>¿Registrar a las %1 personas seleccionadas como «%2»?</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="495"/>
        <source>Registrar corresponsabilidades</source>
        <translation>Registrar corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="553"/>
        <source>Se registraron %1 como «%2». Ctrl+Z lo deshace.</source>
        <translation>Se registraron %1 como «%2». Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="157"/>
        <location filename="../../ui/checks.py" line="221"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="222"/>
        <source>Lugar de la visita</source>
        <translation>Lugar de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="245"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks.py" line="440"/>
        <source>%n personas en la lista (%1 a la vista); %2 sin registrar en el periodo.</source>
        <translation>
            <numerusform>%n persona en la lista (%1 a la vista); %2 sin registrar en el periodo.</numerusform>
            <numerusform>%n personas en la lista (%1 a la vista); %2 sin registrar en el periodo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="470"/>
        <source>Marque a las personas o elija una fila.</source>
        <translation>Marque a las personas o elija una fila.</translation>
    </message>
</context>
<context>
    <name>CloseEnrolmentDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="347"/>
        <source>Inscripción %1 en %2. Una baja la cierra (podrá inscribirse de nuevo más adelante); una suspensión la detiene sin cerrarla.</source>
        <translation>Inscripción %1 en %2. Una baja la cierra (podrá inscribirse de nuevo más adelante); una suspensión la detiene sin cerrarla.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="351"/>
        <source>Baja o suspensión de la inscripción</source>
        <translation>Baja o suspensión de la inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="353"/>
        <source>&amp;Guardar</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="357"/>
        <source>Acción</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="359"/>
        <source>Baja</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="360"/>
        <source>Suspensión</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="365"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="373"/>
        <source>A partir del</source>
        <translation>A partir del</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="380"/>
        <source>Elija baja o suspensión.</source>
        <translation>Elija baja o suspensión.</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="24"/>
        <source>%1 hogares</source>
        <translation>%1 hogares</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="26"/>
        <source>%1 personas</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="28"/>
        <source>%1 inscripciones</source>
        <translation>%1 inscripciones</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="30"/>
        <source>%1 corresponsabilidades</source>
        <translation>%1 corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="31"/>
        <source>ningún registro</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="44"/>
        <source>del %1 al %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="56"/>
        <source>Equipo</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="57"/>
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="58"/>
        <source>Registros</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="60"/>
        <source>Contenido</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="68"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="75"/>
        <source>En espera: se envía en la próxima sincronización</source>
        <translation>En espera: se envía en la próxima sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="77"/>
        <source>Enviado; falta la respuesta del servidor</source>
        <translation>Enviado; falta la respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="79"/>
        <source>Recibido por el servidor</source>
        <translation>Recibido por el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="83"/>
        <source>Rechazados %1 de %2 cambios: %3</source>
        <translation>Rechazados %1 de %2 cambios: %3</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="88"/>
        <source>Rechazado: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="93"/>
        <source>Ese lote ya se había importado: no se guardó otra vez ni se contará dos veces.</source>
        <translation>Ese lote ya se había importado: no se guardó otra vez ni se contará dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="98"/>
        <source>Se guardaron %1 lotes sellados (%2 registros). Se envían al servidor en la próxima sincronización.</source>
        <translation>Se guardaron %1 lotes sellados (%2 registros). Se envían al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="108"/>
        <source>%1 lotes ya se habían importado antes.</source>
        <translation>%1 lotes ya se habían importado antes.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="115"/>
        <source>Se escribieron %1 cambios en %2 lotes sellados en %3. Siguen pendientes en este equipo hasta que vuelva el recibo o se sincronice.</source>
        <translation>Se escribieron %1 cambios en %2 lotes sellados en %3. Siguen pendientes en este equipo hasta que vuelva el recibo o se sincronice.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="128"/>
        <source>Se guardaron %1 recibos en %2. Llévelos al equipo de la servidora o servidor de la nación e impórtelos allí.</source>
        <translation>Se guardaron %1 recibos en %2. Llévelos al equipo de la servidora o servidor de la nación e impórtelos allí.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="140"/>
        <source>El recibo confirmó %1 cambios de este equipo.</source>
        <translation>El recibo confirmó %1 cambios de este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="145"/>
        <source>El servidor rechazó %1; se quedan en este equipo (vea Sincronización).</source>
        <translation>El servidor rechazó %1; se quedan en este equipo (vea Sincronización).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="155"/>
        <source>No hay cambios pendientes que exportar en este equipo.</source>
        <translation>No hay cambios pendientes que exportar en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="160"/>
        <source>El archivo lo escribió una versión anterior de la aplicación y no dice qué contiene. Actualice la aplicación del equipo que lo exportó, o avise a la oficina central.</source>
        <translation>El archivo lo escribió una versión anterior de la aplicación y no dice qué contiene. Actualice la aplicación del equipo que lo exportó, o avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="165"/>
        <source>El archivo no pasa la verificación: se alteró o se dañó en el camino. Pida que lo exporten otra vez.</source>
        <translation>El archivo no pasa la verificación: se alteró o se dañó en el camino. Pida que lo exporten otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="170"/>
        <source>El archivo no contiene lotes.</source>
        <translation>El archivo no contiene lotes.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="174"/>
        <source>Este archivo es un recibo, no un lote: se importa en el equipo de quien exportó el lote, en Sincronización.</source>
        <translation>Este archivo es un recibo, no un lote: se importa en el equipo de quien exportó el lote, en Sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="179"/>
        <source>Este archivo es un lote, no un recibo: lo importa una persona supervisora en Recolección de lotes.</source>
        <translation>Este archivo es un lote, no un recibo: lo importa una persona supervisora en Recolección de lotes.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="184"/>
        <source>Este lote es de este mismo equipo: no hace falta importarlo, basta con sincronizar.</source>
        <translation>Este lote es de este mismo equipo: no hace falta importarlo, basta con sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="188"/>
        <source>El servidor todavía no ha respondido por ningún lote: sincronice primero.</source>
        <translation>El servidor todavía no ha respondido por ningún lote: sincronice primero.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="192"/>
        <source>El recibo no es para este equipo o no lo firmó el servidor con el que está inscrito.</source>
        <translation>El recibo no es para este equipo o no lo firmó el servidor con el que está inscrito.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="207"/>
        <source>El archivo no se pudo leer, está dañado o no es un lote ni un recibo de Bienestar.</source>
        <translation>El archivo no se pudo leer, está dañado o no es un lote ni un recibo de Bienestar.</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="54"/>
        <source>Recoja aquí los lotes sellados de los equipos que no tienen internet. Antes de importar se muestra qué contiene cada lote; se guarda sellado y se envía al servidor en la próxima sincronización. Después guarde los recibos y llévelos de vuelta.</source>
        <translation>Recoja aquí los lotes sellados de los equipos que no tienen internet. Antes de importar se muestra qué contiene cada lote; se guarda sellado y se envía al servidor en la próxima sincronización. Después guarde los recibos y llévelos de vuelta.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="63"/>
        <source>Lotes recogidos hoy</source>
        <translation>Lotes recogidos hoy</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="76"/>
        <source>Hoy todavía no se ha importado ningún lote.</source>
        <translation>Hoy todavía no se ha importado ningún lote.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="77"/>
        <source>Sincronizar ahora</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="78"/>
        <source>Guardar recibos en USB…</source>
        <translation>Guardar recibos en USB…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="80"/>
        <source>Guardar los recibos del equipo seleccionado, o de todos, en una memoria USB</source>
        <translation>Guardar los recibos del equipo seleccionado, o de todos, en una memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="85"/>
        <source>Recolección de lotes</source>
        <translation>Recolección de lotes</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="88"/>
        <source>Lotes de hoy</source>
        <translation>Lotes de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="121"/>
        <source>Carpeta de la memoria USB donde guardar los recibos</source>
        <translation>Carpeta de la memoria USB donde guardar los recibos</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="135"/>
        <source>Importado</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="140"/>
        <source>De</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="146"/>
        <source>Registros</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="155"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="160"/>
        <source>En el servidor</source>
        <translation>En el servidor</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../ui/follow_up.py" line="57"/>
        <location filename="../../ui/follow_up.py" line="109"/>
        <location filename="../../ui/follow_up.py" line="134"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="59"/>
        <location filename="../../ui/follow_up.py" line="119"/>
        <location filename="../../ui/follow_up.py" line="136"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="66"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="71"/>
        <source>Cumplimiento</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="76"/>
        <location filename="../../ui/follow_up.py" line="112"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="86"/>
        <source>%1
(condiciona el pago)</source>
        <translation>%1
(condiciona el pago)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="94"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="103"/>
        <location filename="../../ui/follow_up.py" line="131"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="105"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="127"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="141"/>
        <source>Motivo y qué hacer</source>
        <translation>Motivo y qué hacer</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="570"/>
        <source>Conflicto en «%1»</source>
        <translation>Conflicto en «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="579"/>
        <source>Valor que quedó</source>
        <translation>Valor que quedó</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="579"/>
        <source>Valor que perdió</source>
        <translation>Valor que perdió</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="584"/>
        <source>%1: %2 — escrito por %3 el %4</source>
        <translation>%1: %2 — escrito por %3 el %4</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="595"/>
        <source>&amp;Decidir</source>
        <translation>&amp;Decidir</translation>
    </message>
</context>
<context>
    <name>CurpDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="407"/>
        <source>CURP registrada: %1. La nueva debe coincidir con la fecha de nacimiento, el sexo y la entidad de nacimiento capturados; se revisa que nadie más la tenga.</source>
        <translation>CURP registrada: %1. La nueva debe coincidir con la fecha de nacimiento, el sexo y la entidad de nacimiento capturados; se revisa que nadie más la tenga.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="411"/>
        <source>Corregir la CURP</source>
        <translation>Corregir la CURP</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="413"/>
        <source>&amp;Corregir CURP</source>
        <translation>&amp;Corregir CURP</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="418"/>
        <source>18 caracteres</source>
        <translation>18 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="419"/>
        <source>CURP correcta</source>
        <translation>CURP correcta</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="420"/>
        <source>Motivo de la corrección</source>
        <translation>Motivo de la corrección</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="211"/>
        <source>Se registrará la defunción de %1. Deja de contar en su hogar y se darán de baja sus inscripciones abiertas (%2) con el motivo «Fallecimiento». Sus datos y su historial se conservan.</source>
        <translation>Se registrará la defunción de %1. Deja de contar en su hogar y se darán de baja sus inscripciones abiertas (%2) con el motivo «Fallecimiento». Sus datos y su historial se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="216"/>
        <source>Registrar defunción</source>
        <translation>Registrar defunción</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="218"/>
        <source>&amp;Registrar defunción</source>
        <translation>&amp;Registrar defunción</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="221"/>
        <source>Fecha de defunción</source>
        <translation>Fecha de defunción</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="162"/>
        <source>Inscripción del equipo</source>
        <translation>Inscripción del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="171"/>
        <source>Dirección del servidor</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="172"/>
        <source>Código de inscripción</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="176"/>
        <source>El servidor central no está configurado. Puede trabajar sin conexión: todo se guarda en este equipo y se enviará cuando el equipo se inscriba con el servidor.</source>
        <translation>El servidor central no está configurado. Puede trabajar sin conexión: todo se guarda en este equipo y se enviará cuando el equipo se inscriba con el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="190"/>
        <source>Si su supervisor le dio la dirección del servidor central y un código de inscripción, escríbalos aquí para que este equipo envíe sus registros. Este paso es opcional: puede terminar ahora, trabajar sin conexión e inscribir el equipo después en Configuración.</source>
        <translation>Si su supervisor le dio la dirección del servidor central y un código de inscripción, escríbalos aquí para que este equipo envíe sus registros. Este paso es opcional: puede terminar ahora, trabajar sin conexión e inscribir el equipo después en Configuración.</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../../ui/display_options.py" line="37"/>
        <source>Letra &amp;grande</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/display_options.py" line="39"/>
        <source>Alto co&amp;ntraste</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
    <message>
        <location filename="../../ui/display_options.py" line="43"/>
        <source>&amp;Idioma (Language)</source>
        <translation>&amp;Idioma (Language)</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <location filename="../../ui/enrol.py" line="190"/>
        <source>Documentos presentados:</source>
        <translation>Documentos presentados:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="195"/>
        <source>(no más de %1 meses de antigüedad)</source>
        <translation>(no más de %1 meses de antigüedad)</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="447"/>
        <source>%1 — parecido: %2 %</source>
        <translation>%1 — parecido: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="461"/>
        <source>Conservar registro %1</source>
        <translation>Conservar registro %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="464"/>
        <source>Conservar registro %1 (folio %2)</source>
        <translation>Conservar registro %1 (folio %2)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="497"/>
        <source>%1 del registro %2</source>
        <translation>%1 del registro %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="512"/>
        <source>&amp;Misma persona</source>
        <translation>&amp;Misma persona</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="513"/>
        <source>&amp;Personas distintas</source>
        <translation>&amp;Personas distintas</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <location filename="../../ui/enrol.py" line="68"/>
        <source>Servicio sin pago</source>
        <translation>Servicio sin pago</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol.py" line="335"/>
        <source>Inscribir en programas</source>
        <translation>Inscribir en programas</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="357"/>
        <source>&amp;Inscribir</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="359"/>
        <source>Comprobante…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="361"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="367"/>
        <source>Programas que le corresponden</source>
        <translation>Programas que le corresponden</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="373"/>
        <source>Programas que no le corresponden</source>
        <translation>Programas que no le corresponden</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="458"/>
        <source>Ninguno.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="461"/>
        <source>Por ahora ningún programa le corresponde.</source>
        <translation>Por ahora ningún programa le corresponde.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="504"/>
        <source>Inscripción sin terminar: %1</source>
        <translation>Inscripción sin terminar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="529"/>
        <source>Se recuperó lo que se marcó la última vez, sin inscribir; revíselo.</source>
        <translation>Se recuperó lo que se marcó la última vez, sin inscribir; revíselo.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="412"/>
        <source>Lo que marcó todavía no está inscrito.</source>
        <translation>Lo que marcó todavía no está inscrito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enrol.py" line="341"/>
        <source>%n años · CURP %1 · folio %2</source>
        <translation>
            <numerusform>%n año · CURP %1 · folio %2</numerusform>
            <numerusform>%n años · CURP %1 · folio %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="413"/>
        <source>&amp;Inscribir ahora</source>
        <translation>&amp;Inscribir ahora</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="414"/>
        <source>&amp;Descartar lo marcado</source>
        <translation>&amp;Descartar lo marcado</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="551"/>
        <source>Marque al menos un programa.</source>
        <translation>Marque al menos un programa.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="616"/>
        <source>Inscripción registrada: %1</source>
        <translation>Inscripción registrada: %1</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="40"/>
        <source>&amp;Inscribir este equipo</source>
        <translation>&amp;Inscribir este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="45"/>
        <source>Aviso sobre la dirección del servidor</source>
        <translation>Aviso sobre la dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="47"/>
        <source>Resultado de la inscripción</source>
        <translation>Resultado de la inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="49"/>
        <source>Dirección del servidor</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="50"/>
        <source>Código de inscripción</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="105"/>
        <source>Equipo inscrito con el servidor central, oficina «%1».</source>
        <translation>Equipo inscrito con el servidor central, oficina «%1».</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="623"/>
        <source>Persona: %1 (CURP %2)</source>
        <translation>Persona: %1 (CURP %2)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="631"/>
        <source>Programa: %1 · folio %2</source>
        <translation>Programa: %1 · folio %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="639"/>
        <source>Se inscribió con el catálogo %1; el vigente ese día era el %2.</source>
        <translation>Se inscribió con el catálogo %1; el vigente ese día era el %2.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="648"/>
        <source>&amp;Aprobar</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="648"/>
        <source>&amp;Aceptar con el catálogo vigente</source>
        <translation>&amp;Aceptar con el catálogo vigente</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="651"/>
        <location filename="../../ui/review_page.py" line="652"/>
        <source>Motivo de la devolución</source>
        <translation>Motivo de la devolución</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="654"/>
        <source>De&amp;volver para corrección</source>
        <translation>De&amp;volver para corrección</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/widgets.py" line="143"/>
        <source>Mensaje del campo</source>
        <translation>Mensaje del campo</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/error_summary.py" line="85"/>
        <source>Hay un dato por corregir: %1.</source>
        <translation>Hay un dato por corregir: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/error_summary.py" line="87"/>
        <source>Hay %1 datos por corregir: %2.</source>
        <translation>Hay %1 datos por corregir: %2.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.</source>
        <translation>La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Demasiados intentos fallidos. Espere 1 segundo.</source>
        <translation>Demasiados intentos fallidos. Espere 1 segundo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Demasiados intentos fallidos. Espere %1 segundos.</source>
        <translation>Demasiados intentos fallidos. Espere %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>La cuenta quedó bloqueada por demasiados intentos. Use el código de recuperación para poner una frase nueva.</source>
        <translation>La cuenta quedó bloqueada por demasiados intentos. Use el código de recuperación para poner una frase nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>La frase de acceso es débil: use al menos 12 caracteres, con 5 distintos o más, sin espacios al principio ni al final.</source>
        <translation>La frase de acceso es débil: use al menos 12 caracteres, con 5 distintos o más, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>No existe esa persona usuaria en este equipo.</source>
        <translation>No existe esa persona usuaria en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Ya existe una persona usuaria con ese nombre.</source>
        <translation>Ya existe una persona usuaria con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales.</source>
        <translation>El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.</source>
        <translation>Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>La persona ya está inscrita en ese programa.</source>
        <translation>La persona ya está inscrita en ese programa.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.</source>
        <translation>Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>El registro ya no existe en este equipo.</source>
        <translation>El registro ya no existe en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Solo una persona supervisora puede agregar a otra persona supervisora.</source>
        <translation>Solo una persona supervisora puede agregar a otra persona supervisora.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Solo una persona supervisora puede recoger los lotes de otros equipos.</source>
        <translation>Solo una persona supervisora puede recoger los lotes de otros equipos.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>Solo una persona supervisora puede ver los reportes de la oficina.</source>
        <translation>Solo una persona supervisora puede ver los reportes de la oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Solo una persona supervisora puede descartar un cambio rechazado.</source>
        <translation>Solo una persona supervisora puede descartar un cambio rechazado.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Este equipo todavía no tiene personas usuarias.</source>
        <translation>Este equipo todavía no tiene personas usuarias.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Hay datos por corregir; vea los mensajes junto a cada campo.</source>
        <translation>Hay datos por corregir; vea los mensajes junto a cada campo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Los datos de este equipo son de una versión más nueva de la aplicación. Actualice la aplicación; no se modificó nada.</source>
        <translation>Los datos de este equipo son de una versión más nueva de la aplicación. Actualice la aplicación; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>No se pudo leer o escribir en el disco. Revise que haya espacio libre.</source>
        <translation>No se pudo leer o escribir en el disco. Revise que haya espacio libre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>No se pudo leer o escribir un archivo. Revise que haya espacio libre.</source>
        <translation>No se pudo leer o escribir un archivo. Revise que haya espacio libre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Ocurrió un error interno; se anotó en la bitácora sin datos personales. Lo que ya estaba guardado no se perdió.</source>
        <translation>Ocurrió un error interno; se anotó en la bitácora sin datos personales. Lo que ya estaba guardado no se perdió.</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../../ui/enrol.py" line="238"/>
        <source>Por verificar en campo; marque cada condición al confirmarla:</source>
        <translation>Por verificar en campo; marque cada condición al confirmarla:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="247"/>
        <source>Verificación en campo</source>
        <translation>Verificación en campo</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="260"/>
        <source>Confirme en campo cada condición antes de inscribir, o no la inscriba.</source>
        <translation>Confirme en campo cada condición antes de inscribir, o no la inscriba.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/i18n.py" line="137"/>
        <source>es</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="42"/>
        <source>Nombre(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="43"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="44"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="45"/>
        <source>Fecha de nacimiento</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>Sexo</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>Entidad de nacimiento</source>
        <translation>Entidad de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Parentesco con la jefa o jefe</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Ocupación</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Guardería del IMSS o ISSSTE</source>
        <translation>Guardería del IMSS o ISSSTE</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>Discapacidad</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="53"/>
        <source>Se reconoce como indígena</source>
        <translation>Se reconoce como indígena</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>Se reconoce como afromexicana o afromexicano</source>
        <translation>Se reconoce como afromexicana o afromexicano</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="55"/>
        <source>Embarazo: fecha probable de parto</source>
        <translation>Embarazo: fecha probable de parto</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56"/>
        <source>Escuela</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="57"/>
        <source>Notas</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Integrante del hogar desde</source>
        <translation>Integrante del hogar desde</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>Dejó el hogar el</source>
        <translation>Dejó el hogar el</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Motivo de la baja del hogar</source>
        <translation>Motivo de la baja del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Fecha de defunción</source>
        <translation>Fecha de defunción</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Municipio (clave)</source>
        <translation>Municipio (clave)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Tipo de asentamiento</source>
        <translation>Tipo de asentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="67"/>
        <source>Asentamiento</source>
        <translation>Asentamiento</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="68"/>
        <source>Tipo de vialidad</source>
        <translation>Tipo de vialidad</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="69"/>
        <source>Vialidad</source>
        <translation>Vialidad</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="70"/>
        <source>Número exterior</source>
        <translation>Número exterior</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="71"/>
        <source>Número interior</source>
        <translation>Número interior</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="72"/>
        <source>Código postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Entre calles</source>
        <translation>Entre calles</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Referencia</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="75"/>
        <source>Vive ahí desde</source>
        <translation>Vive ahí desde</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>Estado de la inscripción</source>
        <translation>Estado de la inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>A partir del</source>
        <translation>A partir del</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <location filename="../../ui/history.py" line="81"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>Nació en el extranjero</source>
        <translation>Nació en el extranjero</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="122"/>
        <source>Ninguna</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="125"/>
        <source>%1, con certificado</source>
        <translation>%1, con certificado</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="131"/>
        <source>No estudia</source>
        <translation>No estudia</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="134"/>
        <source>pública</source>
        <translation>pública</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="136"/>
        <source>privada</source>
        <translation>privada</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="139"/>
        <source>grado %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="141"/>
        <source>CCT %1</source>
        <translation>CCT %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="205"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="214"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="220"/>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>Corrección</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="222"/>
        <source>Baja</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="230"/>
        <source>Defunción</source>
        <translation>Defunción</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="232"/>
        <source>Cambio de hogar</source>
        <translation>Cambio de hogar</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="234"/>
        <source>Baja del hogar</source>
        <translation>Baja del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="236"/>
        <source>Cambio de domicilio</source>
        <translation>Cambio de domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="238"/>
        <source>Baja del programa</source>
        <translation>Baja del programa</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="240"/>
        <source>Suspensión</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="242"/>
        <source>Corrección de CURP</source>
        <translation>Corrección de CURP</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="112"/>
        <source>Hola, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="114"/>
        <source>Hogares registrados hoy</source>
        <translation>Hogares registrados hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="115"/>
        <source>Personas registradas hoy</source>
        <translation>Personas registradas hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="116"/>
        <source>Inscripciones de hoy</source>
        <translation>Inscripciones de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="117"/>
        <source>Corresponsabilidades de hoy</source>
        <translation>Corresponsabilidades de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="118"/>
        <source>Cambios por enviar</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="119"/>
        <source>Última sincronización</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="120"/>
        <location filename="../../ui/home.py" line="257"/>
        <source>Nunca</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="227"/>
        <source>Los registros ante el servidor</source>
        <translation>Los registros ante el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="242"/>
        <source>Sin servidor configurado: todo queda guardado en este equipo hasta que se configure la sincronización.</source>
        <translation>Sin servidor configurado: todo queda guardado en este equipo hasta que se configure la sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="143"/>
        <source>Registrar un &amp;hogar</source>
        <translation>Registrar un &amp;hogar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="78"/>
        <source>Registros</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="79"/>
        <source>Guardados aquí</source>
        <translation>Guardados aquí</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="80"/>
        <source>Enviados</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="83"/>
        <source>Confirmados</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="87"/>
        <source>Rechazados</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="144"/>
        <source>&amp;Inscripción rápida en módulo</source>
        <translation>&amp;Inscripción rápida en módulo</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="145"/>
        <source>Registrar &amp;corresponsabilidades</source>
        <translation>Registrar &amp;corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="146"/>
        <source>&amp;Buscar personas</source>
        <translation>&amp;Buscar personas</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="148"/>
        <source>Pago en &amp;riesgo este periodo</source>
        <translation>Pago en &amp;riesgo este periodo</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="149"/>
        <source>&amp;Transiciones próximas</source>
        <translation>&amp;Transiciones próximas</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="166"/>
        <source>Borradores guardados</source>
        <translation>Borradores guardados</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="167"/>
        <source>C&amp;ontinuar borrador</source>
        <translation>C&amp;ontinuar borrador</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="176"/>
        <source>Corresponsabilidades por registrar</source>
        <translation>Corresponsabilidades por registrar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="179"/>
        <location filename="../../ui/home.py" line="219"/>
        <source>Inscripciones devueltas por el servidor</source>
        <translation>Inscripciones devueltas por el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="184"/>
        <source>Registros por estado ante el servidor</source>
        <translation>Registros por estado ante el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="208"/>
        <source>Seguimiento</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="215"/>
        <source>Corresponsabilidades de este periodo</source>
        <translation>Corresponsabilidades de este periodo</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="223"/>
        <source>El trabajo de hoy</source>
        <translation>El trabajo de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="319"/>
        <source>%1 · %2 · %3: faltan %4 de %5</source>
        <translation>%1 · %2 · %3: faltan %4 de %5</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="333"/>
        <source>Todas las corresponsabilidades de este periodo están registradas.</source>
        <translation>Todas las corresponsabilidades de este periodo están registradas.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="340"/>
        <source>%1 — %2 (folio %3): %4</source>
        <translation>%1 — %2 (folio %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="344"/>
        <source>sin motivo</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="350"/>
        <source>El servidor no ha devuelto inscripciones.</source>
        <translation>El servidor no ha devuelto inscripciones.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="205"/>
        <source>¿Qué desea hacer?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="211"/>
        <source>Borradores sin terminar</source>
        <translation>Borradores sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="262"/>
        <source>Sin conexión con el servidor central: lo que registre queda guardado en este equipo y se enviará cuando vuelva la conexión.</source>
        <translation>Sin conexión con el servidor central: lo que registre queda guardado en este equipo y se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="268"/>
        <source>Este equipo envía sus cambios al servidor central al sincronizar.</source>
        <translation>Este equipo envía sus cambios al servidor central al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="303"/>
        <source>No hay borradores.</source>
        <translation>No hay borradores.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/household/page.py" line="92"/>
        <source>Domicilio del hogar</source>
        <translation>Domicilio del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="99"/>
        <source>Integrantes del hogar</source>
        <translation>Integrantes del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="103"/>
        <source>Agregar &amp;integrante (Enter)</source>
        <translation>Agregar &amp;integrante (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="104"/>
        <source>&amp;Nuevo integrante</source>
        <translation>&amp;Nuevo integrante</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="105"/>
        <source>&amp;Quitar integrante</source>
        <translation>&amp;Quitar integrante</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="108"/>
        <location filename="../../ui/household/texts.py" line="23"/>
        <source>Integrantes</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="115"/>
        <location filename="../../ui/household/texts.py" line="54"/>
        <source>Integrante nuevo</source>
        <translation>Integrante nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="130"/>
        <source>&amp;Registrar hogar</source>
        <translation>&amp;Registrar hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="133"/>
        <source>Integrantes registrados</source>
        <translation>Integrantes registrados</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="134"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Inscribir en programas…</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="135"/>
        <source>Comprobante…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="137"/>
        <source>Registrar &amp;otro hogar</source>
        <translation>Registrar &amp;otro hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="140"/>
        <source>&amp;Encuesta socioeconómica…</source>
        <translation>&amp;Encuesta socioeconómica…</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="148"/>
        <source>Elija a una persona para inscribirla en los programas que le corresponden.</source>
        <translation>Elija a una persona para inscribirla en los programas que le corresponden.</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="166"/>
        <source>Revise antes de registrar</source>
        <translation>Revise antes de registrar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="174"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="175"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="176"/>
        <source>&amp;Guardar borrador</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="185"/>
        <source>Registrar un hogar</source>
        <translation>Registrar un hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="431"/>
        <source>&amp;Agregar al hogar</source>
        <translation>&amp;Agregar al hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="432"/>
        <source>&amp;Descartar lo escrito</source>
        <translation>&amp;Descartar lo escrito</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="81"/>
        <location filename="../../ui/household/texts.py" line="21"/>
        <source>Aviso de privacidad</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="22"/>
        <source>Domicilio</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="24"/>
        <source>Revisión</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="39"/>
        <source>Paso %1 de %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="44"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="50"/>
        <source>Registre al menos a una persona del hogar.</source>
        <translation>Registre al menos a una persona del hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="58"/>
        <source>Integrante %1</source>
        <translation>Integrante %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="74"/>
        <source>Domicilio:</source>
        <translation>Domicilio:</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="91"/>
        <source>Integrantes (%1):</source>
        <translation>Integrantes (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="99"/>
        <source>Hogar registrado con el folio %1</source>
        <translation>Hogar registrado con el folio %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="103"/>
        <source>sin localidad</source>
        <translation>sin localidad</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="105"/>
        <source>Hogar en %1, 1 integrante</source>
        <translation>Hogar en %1, 1 integrante</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="106"/>
        <source>Hogar en %1, %2 integrantes</source>
        <translation>Hogar en %1, %2 integrantes</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="110"/>
        <source>Guardando borrador…</source>
        <translation>Guardando borrador…</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="114"/>
        <source>Borrador guardado.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="118"/>
        <source>Borrador recuperado.</source>
        <translation>Borrador recuperado.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="122"/>
        <source>La persona que está capturando todavía no está en la lista de integrantes. ¿Qué hacemos con lo que escribió?</source>
        <translation>La persona que está capturando todavía no está en la lista de integrantes. ¿Qué hacemos con lo que escribió?</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="246"/>
        <source>%1 dejará de contar como integrante del hogar. Sigue en el padrón y en el historial del hogar; si se cambió a otro hogar registrado, use «Cambiar de hogar».</source>
        <translation>%1 dejará de contar como integrante del hogar. Sigue en el padrón y en el historial del hogar; si se cambió a otro hogar registrado, use «Cambiar de hogar».</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="250"/>
        <source>Dar de baja del hogar</source>
        <translation>Dar de baja del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="252"/>
        <source>&amp;Dar de baja</source>
        <translation>&amp;Dar de baja</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="256"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="259"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="73"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="104"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="109"/>
        <source>Elija…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="117"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="130"/>
        <source>Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.</source>
        <translation>Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="176"/>
        <source>No hay un hogar con ese folio en este equipo.</source>
        <translation>No hay un hogar con ese folio en este equipo.</translation>
    </message>
</context>
<context>
    <name>MemberStep</name>
    <message>
        <location filename="../../ui/survey.py" line="168"/>
        <source>%1, %2 años</source>
        <translation>%1, %2 años</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="173"/>
        <source>Ingresos por fuente</source>
        <translation>Ingresos por fuente</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="178"/>
        <source>Monto en pesos</source>
        <translation>Monto en pesos</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="179"/>
        <source>Monto de %1</source>
        <translation>Monto de %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="182"/>
        <source>¿Cada cuándo?</source>
        <translation>¿Cada cuándo?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="185"/>
        <source>Frecuencia de %1</source>
        <translation>Frecuencia de %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="198"/>
        <source>Elija…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="204"/>
        <source>¿Recibe algún ingreso?</source>
        <translation>¿Recibe algún ingreso?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="206"/>
        <source>Último nivel escolar terminado</source>
        <translation>Último nivel escolar terminado</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="208"/>
        <source>¿Asiste a la escuela?</source>
        <translation>¿Asiste a la escuela?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="212"/>
        <source>¿Trabaja con prestaciones de seguridad social (IMSS, ISSSTE…)?</source>
        <translation>¿Trabaja con prestaciones de seguridad social (IMSS, ISSSTE…)?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="216"/>
        <source>Servicios de salud a los que está afiliado(a)</source>
        <translation>Servicios de salud a los que está afiliado(a)</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="268"/>
        <source>Escriba los montos en pesos, por ejemplo 1500 o 1500.50.</source>
        <translation>Escriba los montos en pesos, por ejemplo 1500 o 1500.50.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="286"/>
        <source>%1 pasa a ser integrante de otro hogar. Conserva su folio y sus inscripciones.</source>
        <translation>%1 pasa a ser integrante de otro hogar. Conserva su folio y sus inscripciones.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="289"/>
        <source>Cambiar de hogar</source>
        <translation>Cambiar de hogar</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="291"/>
        <source>&amp;Cambiar de hogar</source>
        <translation>&amp;Cambiar de hogar</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="295"/>
        <source>Folio del hogar, p. ej. ABC123-000042-K</source>
        <translation>Folio del hogar, p. ej. ABC123-000042-K</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="298"/>
        <source>Hogar de destino (folio)</source>
        <translation>Hogar de destino (folio)</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="301"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Parentesco con la jefa o jefe</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="305"/>
        <source>Fecha del cambio</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="313"/>
        <source>Escriba el folio del hogar de destino.</source>
        <translation>Escriba el folio del hogar de destino.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/widgets.py" line="434"/>
        <location filename="../../ui/widgets.py" line="509"/>
        <source>Al menos 12 caracteres</source>
        <translation>Al menos 12 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="436"/>
        <location filename="../../ui/widgets.py" line="510"/>
        <source>Al menos 5 caracteres distintos</source>
        <translation>Al menos 5 caracteres distintos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="438"/>
        <location filename="../../ui/widgets.py" line="511"/>
        <source>Sin espacios al principio ni al final</source>
        <translation>Sin espacios al principio ni al final</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="457"/>
        <source>Mostrar la frase</source>
        <translation>Mostrar la frase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="461"/>
        <source>Fortaleza de la frase de acceso</source>
        <translation>Fortaleza de la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="477"/>
        <source>Frase de acceso</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="479"/>
        <source>Repita la frase</source>
        <translation>Repita la frase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="481"/>
        <source>Fortaleza</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="472"/>
        <source>Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026».</source>
        <translation>Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="499"/>
        <source>No cumple las reglas</source>
        <translation>No cumple las reglas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="500"/>
        <source>Débil</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="501"/>
        <source>Aceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="502"/>
        <source>Buena</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="503"/>
        <source>Muy buena</source>
        <translation>Muy buena</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="515"/>
        <source>Las dos frases coinciden</source>
        <translation>Las dos frases coinciden</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/follow_up.py" line="198"/>
        <source>&amp;Abrir persona</source>
        <translation>&amp;Abrir persona</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="200"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="233"/>
        <source>Cargando la lista…</source>
        <translation>Cargando la lista…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/search.py" line="340"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="345"/>
        <location filename="../../ui/search.py" line="523"/>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="114"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="115"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="116"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="119"/>
        <location filename="../../ui/search.py" line="150"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="367"/>
        <source>Inscripciones</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="377"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Inscribir en programas…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="378"/>
        <source>Comprobante…</source>
        <translation>Comprobante…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="154"/>
        <source>Quién</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="98"/>
        <source>%1: %2, desde el %3</source>
        <translation>%1: %2, desde el %3</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="124"/>
        <source>Próximo depósito</source>
        <translation>Próximo depósito</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="157"/>
        <source>Cambio</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="161"/>
        <source>Datos</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="379"/>
        <source>Baja o &amp;suspensión…</source>
        <translation>Baja o &amp;suspensión…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="396"/>
        <location filename="../../ui/search.py" line="401"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="408"/>
        <source>Historial de cambios</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="424"/>
        <source>Cambiar domici&amp;lio…</source>
        <translation>Cambiar domici&amp;lio…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="429"/>
        <source>&amp;Encuesta socioeconómica…</source>
        <translation>&amp;Encuesta socioeconómica…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="434"/>
        <source>Historial del hogar</source>
        <translation>Historial del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="458"/>
        <source>Corregir C&amp;URP…</source>
        <translation>Corregir C&amp;URP…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="459"/>
        <source>Ca&amp;mbiar de hogar…</source>
        <translation>Ca&amp;mbiar de hogar…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="460"/>
        <source>Dar de &amp;baja del hogar…</source>
        <translation>Dar de &amp;baja del hogar…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="461"/>
        <source>Registrar de&amp;función…</source>
        <translation>Registrar de&amp;función…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="463"/>
        <source>Derechos &amp;ARCO…</source>
        <translation>Derechos &amp;ARCO…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="464"/>
        <source>&amp;Tarjeta…</source>
        <translation>&amp;Tarjeta…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="479"/>
        <source>&amp;Datos</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="480"/>
        <source>&amp;Programas</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="481"/>
        <source>Hoga&amp;r</source>
        <translation>Hoga&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="482"/>
        <source>&amp;Historial</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="483"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="565"/>
        <source>Folio %1</source>
        <translation>Folio %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search.py" line="566"/>
        <source>%n años</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search.py" line="571"/>
        <source>Hogar %1, %n integrantes</source>
        <translation>
            <numerusform>Hogar %1, %n integrante</numerusform>
            <numerusform>Hogar %1, %n integrantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="576"/>
        <source>Falleció el %1</source>
        <translation>Falleció el %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="580"/>
        <source>Ya no es integrante del hogar (desde el %1)</source>
        <translation>Ya no es integrante del hogar (desde el %1)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="587"/>
        <source>Registro cancelado a su solicitud (ARCO) el %1</source>
        <translation>Registro cancelado a su solicitud (ARCO) el %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="605"/>
        <source>Se recuperaron cambios sin guardar de la última vez. Revíselos y pulse «Guardar cambios», o ciérrela para descartarlos.</source>
        <translation>Se recuperaron cambios sin guardar de la última vez. Revíselos y pulse «Guardar cambios», o ciérrela para descartarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="626"/>
        <source>Sus programas no piden corresponsabilidades.</source>
        <translation>Sus programas no piden corresponsabilidades.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="629"/>
        <source>Pago en riesgo: una corresponsabilidad que condiciona el pago no se cumplió.</source>
        <translation>Pago en riesgo: una corresponsabilidad que condiciona el pago no se cumplió.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="632"/>
        <source>Ninguna corresponsabilidad pone en riesgo su pago.</source>
        <translation>Ninguna corresponsabilidad pone en riesgo su pago.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="640"/>
        <source>Persona registrada sin hogar.</source>
        <translation>Persona registrada sin hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="657"/>
        <source>Domicilio: %1</source>
        <translation>Domicilio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="661"/>
        <source>Vive ahí desde el %1</source>
        <translation>Vive ahí desde el %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="667"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="675"/>
        <source>• %1: dejó el hogar el %2 (%3)</source>
        <translation>• %1: dejó el hogar el %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="684"/>
        <source>Integrantes:</source>
        <translation>Integrantes:</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="686"/>
        <source>Ya no son integrantes:</source>
        <translation>Ya no son integrantes:</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="707"/>
        <source>Cambio guardado. Queda en el historial.</source>
        <translation>Cambio guardado. Queda en el historial.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="772"/>
        <source>Elija en la lista la inscripción que quiere dar de baja o suspender.</source>
        <translation>Elija en la lista la inscripción que quiere dar de baja o suspender.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="812"/>
        <source>Cambios guardados. Los datos anteriores quedan en el historial.</source>
        <translation>Cambios guardados. Los datos anteriores quedan en el historial.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="838"/>
        <source>Cambios sin guardar: %1</source>
        <translation>Cambios sin guardar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="522"/>
        <source>Hay cambios en los datos de la persona que no se han guardado.</source>
        <translation>Hay cambios en los datos de la persona que no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="524"/>
        <source>&amp;Descartar cambios</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.py" line="105"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="113"/>
        <source>18 letras y números, p. ej. GOMA500315MOCNRR09</source>
        <translation>18 letras y números, p. ej. GOMA500315MOCNRR09</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="117"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="124"/>
        <source>Nació en el extranjero</source>
        <translation>Nació en el extranjero</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="130"/>
        <source>10 dígitos</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="135"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="136"/>
        <source>Nombre(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="138"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="140"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="142"/>
        <source>Fecha de nacimiento</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="144"/>
        <source>Sexo</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="146"/>
        <source>Entidad de nacimiento</source>
        <translation>Entidad de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="152"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Parentesco con la jefa o jefe</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="160"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="201"/>
        <source>Tiene guardería del IMSS o ISSSTE</source>
        <translation>Tiene guardería del IMSS o ISSSTE</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="168"/>
        <source>Ninguna</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="112"/>
        <source>p. ej. GOMA500315MOCNRR09</source>
        <translation>p. ej. GOMA500315MOCNRR09</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="158"/>
        <source>Preguntas que no aplican</source>
        <translation>Preguntas que no aplican</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="176"/>
        <source>Tiene certificado de una institución pública de salud</source>
        <translation>Tiene certificado de una institución pública de salud</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="178"/>
        <source>Se reconoce como indígena</source>
        <translation>Se reconoce como indígena</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="180"/>
        <source>Se reconoce como afromexicana o afromexicano</source>
        <translation>Se reconoce como afromexicana o afromexicano</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="182"/>
        <source>DD/MM/AAAA, si hay embarazo</source>
        <translation>DD/MM/AAAA, si hay embarazo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="184"/>
        <source>No estudia</source>
        <translation>No estudia</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="187"/>
        <source>Escuela pública</source>
        <translation>Escuela pública</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="191"/>
        <source>p. ej. 14DPR0001X</source>
        <translation>p. ej. 14DPR0001X</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="199"/>
        <source>Situación</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="200"/>
        <source>Ocupación</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="203"/>
        <source>Discapacidad</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="209"/>
        <source>Embarazo: fecha probable de parto</source>
        <translation>Embarazo: fecha probable de parto</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="211"/>
        <source>Escuela: nivel</source>
        <translation>Escuela: nivel</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="213"/>
        <source>Clave de la escuela (CCT)</source>
        <translation>Clave de la escuela (CCT)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="214"/>
        <source>Grado</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="300"/>
        <location filename="../../ui/person_form.py" line="310"/>
        <location filename="../../ui/person_form.py" line="321"/>
        <source>No coincide con la CURP (la CURP indica %1).</source>
        <translation>No coincide con la CURP (la CURP indica %1).</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="397"/>
        <source>Lo escrito en estas preguntas no se guardará, porque no aplican:</source>
        <translation>Lo escrito en estas preguntas no se guardará, porque no aplican:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="512"/>
        <location filename="../../ui/person_form.py" line="546"/>
        <source>Escriba la fecha como DD/MM/AAAA.</source>
        <translation>Escriba la fecha como DD/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="517"/>
        <source>Elija el sexo, como aparece en la CURP.</source>
        <translation>Elija el sexo, como aparece en la CURP.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="522"/>
        <source>Elija la entidad de nacimiento.</source>
        <translation>Elija la entidad de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="528"/>
        <source>Elija el parentesco con la jefa o jefe.</source>
        <translation>Elija el parentesco con la jefa o jefe.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../ui/search.py" line="63"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="66"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="70"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="73"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="79"/>
        <source>Nacimiento</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="85"/>
        <source>Edad</source>
        <translation>Edad</translation>
    </message>
</context>
<context>
    <name>Poverty</name>
    <message>
        <location filename="../../ui/survey_texts.py" line="19"/>
        <source>ingreso por debajo de la línea de pobreza extrema</source>
        <translation>ingreso por debajo de la línea de pobreza extrema</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="22"/>
        <source>ingreso por debajo de la línea de pobreza</source>
        <translation>ingreso por debajo de la línea de pobreza</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="23"/>
        <source>ingreso igual o mayor que la línea de pobreza</source>
        <translation>ingreso igual o mayor que la línea de pobreza</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="29"/>
        <source>rezago educativo</source>
        <translation>rezago educativo</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="30"/>
        <location filename="../../ui/survey_texts.py" line="110"/>
        <source>servicios de salud</source>
        <translation>servicios de salud</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="31"/>
        <location filename="../../ui/survey_texts.py" line="111"/>
        <source>seguridad social</source>
        <translation>seguridad social</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="32"/>
        <source>calidad y espacios de la vivienda</source>
        <translation>calidad y espacios de la vivienda</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="33"/>
        <source>servicios básicos de la vivienda</source>
        <translation>servicios básicos de la vivienda</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="34"/>
        <source>alimentación</source>
        <translation>alimentación</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="40"/>
        <source>Pobreza extrema</source>
        <translation>Pobreza extrema</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="41"/>
        <source>Pobreza</source>
        <translation>Pobreza</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="42"/>
        <source>Vulnerable por carencias</source>
        <translation>Vulnerable por carencias</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="43"/>
        <source>Vulnerable por ingreso</source>
        <translation>Vulnerable por ingreso</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="44"/>
        <source>No pobre y no vulnerable</source>
        <translation>No pobre y no vulnerable</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="70"/>
        <source>%1 (%2 de %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="73"/>
        <source>sin carencias</source>
        <translation>sin carencias</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="75"/>
        <source>una carencia: %1</source>
        <translation>una carencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="78"/>
        <source>%1 carencias: %2</source>
        <translation>%1 carencias: %2</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="85"/>
        <source>dos</source>
        <translation>dos</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="86"/>
        <source>tres</source>
        <translation>tres</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="87"/>
        <source>cuatro</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="88"/>
        <source>cinco</source>
        <translation>cinco</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="89"/>
        <source>seis</source>
        <translation>seis</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="96"/>
        <source>integrantes del hogar</source>
        <translation>integrantes del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="97"/>
        <source>tamaño de la localidad</source>
        <translation>tamaño de la localidad</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="98"/>
        <source>piso</source>
        <translation>piso</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="99"/>
        <source>paredes</source>
        <translation>paredes</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="100"/>
        <source>techo</source>
        <translation>techo</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="101"/>
        <source>cuartos</source>
        <translation>cuartos</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="102"/>
        <source>agua</source>
        <translation>agua</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="103"/>
        <source>drenaje</source>
        <translation>drenaje</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="104"/>
        <source>electricidad</source>
        <translation>electricidad</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="105"/>
        <source>combustible para cocinar</source>
        <translation>combustible para cocinar</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="106"/>
        <source>chimenea de la cocina</source>
        <translation>chimenea de la cocina</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="107"/>
        <source>ingresos</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="108"/>
        <source>escolaridad</source>
        <translation>escolaridad</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="109"/>
        <source>asistencia escolar</source>
        <translation>asistencia escolar</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="127"/>
        <source>%1 de %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="131"/>
        <source>preguntas de alimentación</source>
        <translation>preguntas de alimentación</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="132"/>
        <source>Encuesta incompleta; falta: %1</source>
        <translation>Encuesta incompleta; falta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="139"/>
        <source>Sin encuesta socioeconómica.</source>
        <translation>Sin encuesta socioeconómica.</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="146"/>
        <source>%1: %2. Ingreso por persona: %3 al mes.</source>
        <translation>%1: %2. Ingreso por persona: %3 al mes.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../ui/widgets.py" line="557"/>
        <source>La persona conoció el aviso de privacidad y acepta que se registren sus datos</source>
        <translation>La persona conoció el aviso de privacidad y acepta que se registren sus datos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="563"/>
        <source>Da su consentimiento expreso para datos sensibles (salud, discapacidad, embarazo, origen étnico)</source>
        <translation>Da su consentimiento expreso para datos sensibles (salud, discapacidad, embarazo, origen étnico)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="572"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Aviso de privacidad simplificado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="581"/>
        <source>La Secretaría de Bienestar usa sus datos solo para inscribirle en los programas y darle seguimiento, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, rectificación, cancelación u oposición (derechos ARCO).</source>
        <translation>La Secretaría de Bienestar usa sus datos solo para inscribirle en los programas y darle seguimiento, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, rectificación, cancelación u oposición (derechos ARCO).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="587"/>
        <source>Lea o explique este aviso a la persona antes de capturar cualquier dato.

La Secretaría de Bienestar es responsable de los datos personales que se recaban. Se usan para registrar a las personas del hogar, revisar si pueden recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo con las autoridades que la ley permite. Los datos sensibles (salud, discapacidad, embarazo, origen étnico) solo se registran con consentimiento expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) en cualquier Módulo de Bienestar.</source>
        <translation>Lea o explique este aviso a la persona antes de capturar cualquier dato.

La Secretaría de Bienestar es responsable de los datos personales que se recaban. Se usan para registrar a las personas del hogar, revisar si pueden recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo con las autoridades que la ley permite. Los datos sensibles (salud, discapacidad, embarazo, origen étnico) solo se registran con consentimiento expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) en cualquier Módulo de Bienestar.</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <location filename="../../ui/enrol.py" line="290"/>
        <source>Ya está inscrita o inscrito en este programa.</source>
        <translation>Ya está inscrita o inscrito en este programa.</translation>
    </message>
</context>
<context>
    <name>QuickEnrolPage</name>
    <message>
        <location filename="../../ui/quick.py" line="78"/>
        <location filename="../../ui/quick.py" line="98"/>
        <location filename="../../ui/quick.py" line="100"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="81"/>
        <source>Marcar todos los documentos (Ctrl+D)</source>
        <translation>Marcar todos los documentos (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="85"/>
        <source>Aviso de privacidad</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="87"/>
        <source>&amp;Inscribir (Ctrl+Enter)</source>
        <translation>&amp;Inscribir (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="88"/>
        <source>Comprobante (Ctrl+P)</source>
        <translation>Comprobante (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="89"/>
        <source>Siguiente persona (Ctrl+N)</source>
        <translation>Siguiente persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="95"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="114"/>
        <source>Inscripción rápida en módulo</source>
        <translation>Inscripción rápida en módulo</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="172"/>
        <source>CURP nueva: complete el nombre.</source>
        <translation>CURP nueva: complete el nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="179"/>
        <location filename="../../ui/quick.py" line="545"/>
        <source>Ya está registrada: %1, folio %2. Solo falta la inscripción.</source>
        <translation>Ya está registrada: %1, folio %2. Solo falta la inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="203"/>
        <source>%1 — le corresponde</source>
        <translation>%1 — le corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="208"/>
        <source>Ningún programa le corresponde</source>
        <translation>Ningún programa le corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="211"/>
        <source>Complete los datos de la persona</source>
        <translation>Complete los datos de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="307"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="319"/>
        <source>Ningún programa le corresponde; el porqué de cada uno está abajo.</source>
        <translation>Ningún programa le corresponde; el porqué de cada uno está abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="321"/>
        <source>Elija el programa.</source>
        <translation>Elija el programa.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="380"/>
        <source>Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3).</source>
        <translation>Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="388"/>
        <source>Se guardó la corrección de sus datos; los anteriores quedan en el historial.</source>
        <translation>Se guardó la corrección de sus datos; los anteriores quedan en el historial.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="448"/>
        <source>Esta persona todavía no está inscrita. ¿Qué hacemos con lo que escribió?</source>
        <translation>Esta persona todavía no está inscrita. ¿Qué hacemos con lo que escribió?</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="450"/>
        <source>&amp;Guardar como borrador</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="451"/>
        <source>&amp;Descartar lo escrito</source>
        <translation>&amp;Descartar lo escrito</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="505"/>
        <source>Inscripción rápida: %1</source>
        <translation>Inscripción rápida: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="564"/>
        <source>Se recuperó la captura sin terminar de la última vez; revísela y siga.</source>
        <translation>Se recuperó la captura sin terminar de la última vez; revísela y siga.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="570"/>
        <source>Ningún programa le corresponde, porque:</source>
        <translation>Ningún programa le corresponde, porque:</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/receipt.py" line="109"/>
        <source>%1 · equipo %2</source>
        <translation>%1 · equipo %2</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="110"/>
        <source>Equipo %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="130"/>
        <source>Guarde este comprobante: el folio es lo que le pedirán para cualquier trámite.</source>
        <translation>Guarde este comprobante: el folio es lo que le pedirán para cualquier trámite.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="137"/>
        <source>Su solicitud se revisará. Puede consultar cómo va con su folio en cualquier Módulo de Bienestar o en la Línea del Bienestar.</source>
        <translation>Su solicitud se revisará. Puede consultar cómo va con su folio en cualquier Módulo de Bienestar o en la Línea del Bienestar.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="145"/>
        <source>Para solicitar un programa más adelante, lleve este folio a un Módulo de Bienestar.</source>
        <translation>Para solicitar un programa más adelante, lleve este folio a un Módulo de Bienestar.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="152"/>
        <source>Si cambia de domicilio o de teléfono, avise en un Módulo de Bienestar.</source>
        <translation>Si cambia de domicilio o de teléfono, avise en un Módulo de Bienestar.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="162"/>
        <source>¿Dudas? Línea del Bienestar: %1 (llamada sin costo)</source>
        <translation>¿Dudas? Línea del Bienestar: %1 (llamada sin costo)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="180"/>
        <source>Secretaría de Bienestar</source>
        <translation>Secretaría de Bienestar</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="181"/>
        <location filename="../../ui/receipt.py" line="303"/>
        <source>Comprobante de registro</source>
        <translation>Comprobante de registro</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="183"/>
        <source>Folio del hogar</source>
        <translation>Folio del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="185"/>
        <source>Folio de la persona</source>
        <translation>Folio de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="192"/>
        <source>Fecha: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="219"/>
        <source>Su próxima visita</source>
        <translation>Su próxima visita</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="223"/>
        <source>Próximos pasos</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="228"/>
        <source>Este comprobante no contiene datos personales.</source>
        <translation>Este comprobante no contiene datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="197"/>
        <source>Personas registradas</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="202"/>
        <source>Programas solicitados</source>
        <translation>Programas solicitados</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="207"/>
        <source>folio</source>
        <translation>folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="214"/>
        <source>Sin solicitudes de programas por ahora.</source>
        <translation>Sin solicitudes de programas por ahora.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt.py" line="334"/>
        <source>Comprobante de registro</source>
        <translation>Comprobante de registro</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="337"/>
        <source>Vista previa del comprobante</source>
        <translation>Vista previa del comprobante</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="340"/>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="343"/>
        <source>&amp;Guardar como PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="344"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="390"/>
        <source>Guardar comprobante</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="390"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="397"/>
        <source>Guardando el PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="401"/>
        <source>Comprobante guardado en %1</source>
        <translation>Comprobante guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="413"/>
        <source>Imprimir comprobante</source>
        <translation>Imprimir comprobante</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="417"/>
        <source>Imprimiendo…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="420"/>
        <source>Comprobante enviado a la impresora.</source>
        <translation>Comprobante enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="266"/>
        <source>Poner una frase de acceso nueva</source>
        <translation>Poner una frase de acceso nueva</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>&amp;Cambiar y abrir</source>
        <translation>&amp;Cambiar y abrir</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="273"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>Código de recuperación</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="282"/>
        <source>Persona usuaria: %1. Escriba el código que anotó al preparar el equipo.</source>
        <translation>Persona usuaria: %1. Escriba el código que anotó al preparar el equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="326"/>
        <source>El código de recuperación no es correcto.</source>
        <translation>El código de recuperación no es correcto.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>Código de recuperación</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="125"/>
        <source>Ya anoté el código en papel y lo guardé en un lugar seguro</source>
        <translation>Ya anoté el código en papel y lo guardé en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="132"/>
        <source>Anote este código en papel, tal como aparece, y guárdelo lejos de la computadora. Solo se muestra esta vez. Si olvida su frase de acceso, con este código podrá poner una nueva.</source>
        <translation>Anote este código en papel, tal como aparece, y guárdelo lejos de la computadora. Solo se muestra esta vez. Si olvida su frase de acceso, con este código podrá poner una nueva.</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="736"/>
        <source>Rectificación de datos</source>
        <translation>Rectificación de datos</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="739"/>
        <source>&amp;Guardar la rectificación</source>
        <translation>&amp;Guardar la rectificación</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="741"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="746"/>
        <source>Corrija los datos que la persona pidió rectificar («%1»). Los datos anteriores quedan en el historial y la solicitud queda atendida.</source>
        <translation>Corrija los datos que la persona pidió rectificar («%1»). Los datos anteriores quedan en el historial y la solicitud queda atendida.</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="686"/>
        <source>Equipo: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="688"/>
        <source>Registro: %1 %2</source>
        <translation>Registro: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="692"/>
        <source>Motivo: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="693"/>
        <source>Recibido: %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="699"/>
        <source>Solo de consulta: el equipo que lo envió conserva el cambio; corríjalo allí y vuelva a sincronizar.</source>
        <translation>Solo de consulta: el equipo que lo envió conserva el cambio; corríjalo allí y vuelva a sincronizar.</translation>
    </message>
</context>
<context>
    <name>RelayPanel</name>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="33"/>
        <source>Exportar lo pendiente a USB…</source>
        <translation>Exportar lo pendiente a USB…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="35"/>
        <source>Exportar los cambios pendientes de este equipo a una memoria USB</source>
        <translation>Exportar los cambios pendientes de este equipo a una memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="37"/>
        <source>Importar un lote desde USB…</source>
        <translation>Importar un lote desde USB…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="39"/>
        <source>Importar el lote sellado de otro equipo desde una memoria USB</source>
        <translation>Importar el lote sellado de otro equipo desde una memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="42"/>
        <source>Importar un recibo…</source>
        <translation>Importar un recibo…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="44"/>
        <source>Importar el recibo que trajo la persona supervisora</source>
        <translation>Importar el recibo que trajo la persona supervisora</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="51"/>
        <source>&amp;Confirmar</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="52"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="62"/>
        <source>Contenido del lote</source>
        <translation>Contenido del lote</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="65"/>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="91"/>
        <source>Carpeta de la memoria USB donde escribir el lote</source>
        <translation>Carpeta de la memoria USB donde escribir el lote</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="98"/>
        <source>Lote sellado en la memoria USB</source>
        <translation>Lote sellado en la memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="98"/>
        <source>Lotes (*.json)</source>
        <translation>Lotes (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="105"/>
        <source>Recibo en la memoria USB</source>
        <translation>Recibo en la memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="105"/>
        <source>Recibos (*.json)</source>
        <translation>Recibos (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="120"/>
        <source>Se escribirá este lote sellado:</source>
        <translation>Se escribirá este lote sellado:</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="124"/>
        <source>Solo el servidor central puede abrirlo. Los cambios siguen pendientes en este equipo hasta que vuelva el recibo o se sincronice. Archivo: %1</source>
        <translation>Solo el servidor central puede abrirlo. Los cambios siguen pendientes en este equipo hasta que vuelva el recibo o se sincronice. Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="130"/>
        <source>&amp;Escribir en la USB</source>
        <translation>&amp;Escribir en la USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="132"/>
        <source>El lote contiene:</source>
        <translation>El lote contiene:</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="135"/>
        <source>Se guarda sellado, tal como llegó: este equipo no puede leerlo. Se envía al servidor en la próxima sincronización.</source>
        <translation>Se guarda sellado, tal como llegó: este equipo no puede leerlo. Se envía al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="139"/>
        <source>&amp;Importar el lote</source>
        <translation>&amp;Importar el lote</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports.py" line="80"/>
        <source>Hoy</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="81"/>
        <source>Ayer</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="82"/>
        <source>Esta semana</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="83"/>
        <source>Este mes</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="84"/>
        <source>Otro periodo</source>
        <translation>Otro periodo</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="87"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="88"/>
        <location filename="../../ui/reports.py" line="90"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="89"/>
        <source>Desde</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="91"/>
        <source>Hasta</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="94"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="95"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="96"/>
        <location filename="../../ui/reports.py" line="312"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="97"/>
        <source>Persona usuaria</source>
        <translation>Persona usuaria</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="100"/>
        <source>Agrupar por</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="101"/>
        <source>&amp;Mostrar</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="107"/>
        <source>&amp;Periodo:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="108"/>
        <source>&amp;Desde:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="109"/>
        <source>&amp;Hasta:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="110"/>
        <source>&amp;Agrupar por:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="119"/>
        <source>Registros por grupo</source>
        <translation>Registros por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="120"/>
        <source>Inscripciones por estado</source>
        <translation>Inscripciones por estado</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="121"/>
        <source>Corresponsabilidades por resultado</source>
        <translation>Corresponsabilidades por resultado</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="130"/>
        <location filename="../../ui/reports.py" line="182"/>
        <source>Cifras por grupo</source>
        <translation>Cifras por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="141"/>
        <source>Exportar &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="142"/>
        <source>Exportar ho&amp;ja de cálculo…</source>
        <translation>Exportar ho&amp;ja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="143"/>
        <source>&amp;Reporte en PDF para imprimir…</source>
        <translation>&amp;Reporte en PDF para imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="156"/>
        <location filename="../../ui/reports.py" line="187"/>
        <source>Encuesta socioeconómica por localidad</source>
        <translation>Encuesta socioeconómica por localidad</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="168"/>
        <source>Reportes</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="172"/>
        <source>Cifras de los registros hechos en el periodo, contados por día en la zona horaria de la oficina, y los cambios de este equipo por enviar o rechazados por el servidor.</source>
        <translation>Cifras de los registros hechos en el periodo, contados por día en la zona horaria de la oficina, y los cambios de este equipo por enviar o rechazados por el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="191"/>
        <source>Hogares con y sin encuesta, y personas en pobreza, en pobreza extrema y con cada carencia, según los hogares hoy.</source>
        <translation>Hogares con y sin encuesta, y personas en pobreza, en pobreza extrema y con cada carencia, según los hogares hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="253"/>
        <source>Escriba las fechas como DD/MM/AAAA.</source>
        <translation>Escriba las fechas como DD/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="256"/>
        <source>El periodo termina antes de empezar.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="268"/>
        <source>Sin inscripción</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="269"/>
        <location filename="../../ui/reports.py" line="270"/>
        <source>Sin domicilio</source>
        <translation>Sin domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="271"/>
        <source>Registrado en otros equipos</source>
        <translation>Registrado en otros equipos</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="273"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="298"/>
        <source>Con encuesta</source>
        <translation>Con encuesta</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="299"/>
        <source>Sin encuesta</source>
        <translation>Sin encuesta</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="300"/>
        <source>Encuesta incompleta</source>
        <translation>Encuesta incompleta</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="301"/>
        <source>Personas medidas</source>
        <translation>Personas medidas</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="302"/>
        <source>En pobreza</source>
        <translation>En pobreza</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="303"/>
        <source>En pobreza extrema</source>
        <translation>En pobreza extrema</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="304"/>
        <source>Rezago educativo</source>
        <translation>Rezago educativo</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="305"/>
        <source>Sin servicios de salud</source>
        <translation>Sin servicios de salud</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="306"/>
        <source>Sin seguridad social</source>
        <translation>Sin seguridad social</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="307"/>
        <source>Vivienda</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="308"/>
        <source>Servicios de la vivienda</source>
        <translation>Servicios de la vivienda</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="309"/>
        <source>Alimentación</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="326"/>
        <source>Grupo</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="297"/>
        <location filename="../../ui/reports.py" line="335"/>
        <source>Hogares</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="336"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="337"/>
        <source>Inscripciones</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="338"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="339"/>
        <source>Cambios por enviar</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="340"/>
        <source>Cambios rechazados</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="355"/>
        <source>Una persona inscrita en dos programas cuenta en cada uno; el total la cuenta una vez.</source>
        <translation>Una persona inscrita en dos programas cuenta en cada uno; el total la cuenta una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="366"/>
        <source>Sin inscripciones en el periodo.</source>
        <translation>Sin inscripciones en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="371"/>
        <source>Sin corresponsabilidades en el periodo.</source>
        <translation>Sin corresponsabilidades en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="384"/>
        <source>Sin registros en el periodo.</source>
        <translation>Sin registros en el periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="456"/>
        <source>Texto separado por comas (*.csv)</source>
        <translation>Texto separado por comas (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="457"/>
        <source>Hoja de cálculo (*.xlsx)</source>
        <translation>Hoja de cálculo (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="458"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="462"/>
        <source>Guardar el reporte</source>
        <translation>Guardar el reporte</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="500"/>
        <source>Reporte guardado en %1</source>
        <translation>Reporte guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="506"/>
        <source>No se pudo guardar el reporte: %1</source>
        <translation>No se pudo guardar el reporte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="512"/>
        <source>Reporte del día, por %1</source>
        <translation>Reporte del día, por %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="513"/>
        <source>Reporte del periodo, por %1</source>
        <translation>Reporte del periodo, por %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="520"/>
        <source>del %1 al %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="525"/>
        <source>%1 · días de la oficina (%2) · %3</source>
        <translation>%1 · días de la oficina (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="533"/>
        <source>Clave</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="539"/>
        <source>Inscripciones: %1</source>
        <translation>Inscripciones: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="543"/>
        <source>Corresponsabilidades: %1</source>
        <translation>Corresponsabilidades: %1</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <location filename="../../ui/enrol.py" line="77"/>
        <source>Con &amp;persona auxiliar (representante)</source>
        <translation>Con &amp;persona auxiliar (representante)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="86"/>
        <source>p. ej. hija, vecino</source>
        <translation>p. ej. hija, vecino</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="88"/>
        <source>10 dígitos</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="91"/>
        <source>Nombre(s) de la persona auxiliar</source>
        <translation>Nombre(s) de la persona auxiliar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="93"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="94"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="96"/>
        <source>CURP de la persona auxiliar</source>
        <translation>CURP de la persona auxiliar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="98"/>
        <source>Parentesco o relación</source>
        <translation>Parentesco o relación</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="99"/>
        <source>Teléfono de la persona auxiliar</source>
        <translation>Teléfono de la persona auxiliar</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="117"/>
        <source>Escriba el parentesco o la relación.</source>
        <translation>Escriba el parentesco o la relación.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review_page.py" line="248"/>
        <source>Decisión guardada: se enviará en la próxima sincronización.</source>
        <translation>Decisión guardada: se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="268"/>
        <source>La decisión no corresponde a este caso; revise la elección.</source>
        <translation>La decisión no corresponde a este caso; revise la elección.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="270"/>
        <source>Solo un supervisor revisa los casos de la oficina.</source>
        <translation>Solo un supervisor revisa los casos de la oficina.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="79"/>
        <source>Duplicados</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="80"/>
        <source>Posibles duplicados</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="81"/>
        <source>Conflictos</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="82"/>
        <source>Cambios rechazados</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Inscripciones por aprobar</source>
        <translation>Inscripciones por aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="84"/>
        <source>Inscripciones con catálogo anterior</source>
        <translation>Inscripciones con catálogo anterior</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="90"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>Nombre(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="92"/>
        <source>Primer apellido</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="93"/>
        <source>Segundo apellido</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="94"/>
        <source>Fecha de nacimiento</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Sexo</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="96"/>
        <source>Estado de nacimiento</source>
        <translation>Estado de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="97"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="98"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="99"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>Programa</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>Un dato no es válido.</source>
        <translation>Un dato no es válido.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="108"/>
        <source>El registro al que pertenece no existe.</source>
        <translation>El registro al que pertenece no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="109"/>
        <source>El registro que se editó no existe.</source>
        <translation>El registro que se editó no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="110"/>
        <source>El registro ya existía.</source>
        <translation>El registro ya existía.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="111"/>
        <source>Otro registro de la oficina ya tiene ese folio (casebook copiado).</source>
        <translation>Otro registro de la oficina ya tiene ese folio (casebook copiado).</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>El programa no está en el catálogo.</source>
        <translation>El programa no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="115"/>
        <source>El estado de una inscripción lo decide la oficina.</source>
        <translation>El estado de una inscripción lo decide la oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="118"/>
        <source>El cambio se envió dos veces con datos distintos.</source>
        <translation>El cambio se envió dos veces con datos distintos.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="121"/>
        <source>El reloj del equipo iba adelantado.</source>
        <translation>El reloj del equipo iba adelantado.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="122"/>
        <source>Un dato es más largo de lo permitido.</source>
        <translation>Un dato es más largo de lo permitido.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="123"/>
        <source>El registro es de otra oficina.</source>
        <translation>El registro es de otra oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="131"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="131"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="171"/>
        <source>%1 (parecido %2 %)</source>
        <translation>%1 (parecido %2 %)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="176"/>
        <source>%1 de %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="189"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="288"/>
        <source>Casos de su oficina que esperan una decisión. La lista llega con cada sincronización; sus decisiones se guardan aquí y se envían en la siguiente.</source>
        <translation>Casos de su oficina que esperan una decisión. La lista llega con cada sincronización; sus decisiones se guardan aquí y se envían en la siguiente.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="293"/>
        <source>Casos por tipo</source>
        <translation>Casos por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="298"/>
        <source>Casos por revisar</source>
        <translation>Casos por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="306"/>
        <source>Sincronizar ahora</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="310"/>
        <source>Revisión</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Este equipo no está inscrito en el servidor como equipo de supervisor: pida a la oficina central un código de supervisor.</source>
        <translation>Este equipo no está inscrito en el servidor como equipo de supervisor: pida a la oficina central un código de supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>El servidor de la oficina todavía no ofrece la revisión de casos.</source>
        <translation>El servidor de la oficina todavía no ofrece la revisión de casos.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="368"/>
        <source>(decisión pendiente de enviar)</source>
        <translation>(decisión pendiente de enviar)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="376"/>
        <source>No hay casos por revisar.</source>
        <translation>No hay casos por revisar.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="378"/>
        <source>Sincronice para traer los casos de su oficina.</source>
        <translation>Sincronice para traer los casos de su oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="425"/>
        <source>Decisión pendiente de enviar: se aplicará cuando el servidor la reciba en la próxima sincronización.</source>
        <translation>Decisión pendiente de enviar: se aplicará cuando el servidor la reciba en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search.py" line="181"/>
        <source>CURP, folio o nombre (con o sin acentos)</source>
        <translation>CURP, folio o nombre (con o sin acentos)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="182"/>
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="184"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="194"/>
        <source>Resultados de la búsqueda</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="213"/>
        <source>&amp;Abrir</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="227"/>
        <source>Buscar personas</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="262"/>
        <source>Buscando…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search.py" line="279"/>
        <source>%n resultados</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source> minutos</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="73"/>
        <source>Letra grande</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>Alto contraste</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>&amp;Aplicar</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="84"/>
        <source>Agre&amp;gar usuario</source>
        <translation>Agre&amp;gar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Bloquear la pantalla tras</source>
        <translation>Bloquear la pantalla tras</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="94"/>
        <source>sin servidor configurado</source>
        <translation>sin servidor configurado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Servidor</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97"/>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>Equipo</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>Catálogo de programas</source>
        <translation>Catálogo de programas</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>Servidor central</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="114"/>
        <source>Para enviar los registros a la oficina central, escriba la dirección del servidor y el código de inscripción que le dio su supervisor. Sirve también para inscribir de nuevo un equipo dado de baja.</source>
        <translation>Para enviar los registros a la oficina central, escriba la dirección del servidor y el código de inscripción que le dio su supervisor. Sirve también para inscribir de nuevo un equipo dado de baja.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>Nombre de usuario</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Configuración</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>Otra persona usuaria en este equipo</source>
        <translation>Otra persona usuaria en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="128"/>
        <source>Cada persona que use este equipo necesita su propia frase de acceso.</source>
        <translation>Cada persona que use este equipo necesita su propia frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Vigente: versión %1, desde el %2</source>
        <translation>Vigente: versión %1, desde el %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="169"/>
        <source>Pendiente: versión %1, entra en vigor el %2</source>
        <translation>Pendiente: versión %1, entra en vigor el %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="223"/>
        <source>Se agregó a %1.</source>
        <translation>Se agregó a %1.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="235"/>
        <source>Preparar este equipo</source>
        <translation>Preparar este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="238"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="239"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="240"/>
        <source>&amp;Terminar</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="241"/>
        <source>&amp;Crear usuario</source>
        <translation>&amp;Crear usuario</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/main.py" line="575"/>
        <source>Bienestar Field</source>
        <translation>Bienestar Field</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="576"/>
        <source>Conexión</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="577"/>
        <source>Cambios por enviar</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="578"/>
        <source>Última sincronización</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="579"/>
        <source>Sincronizar ahora (F5)</source>
        <translation>Sincronizar ahora (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="580"/>
        <source>Sincronizar ahora</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="840"/>
        <source>Configuración guardada.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="863"/>
        <source>Aviso</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <location filename="../../ui/survey.py" line="141"/>
        <source>Elija…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="142"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="143"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/survey.py" line="328"/>
        <source>Encuesta socioeconómica del hogar %1</source>
        <translation>Encuesta socioeconómica del hogar %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="343"/>
        <source>Sin contestar</source>
        <translation>Sin contestar</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="345"/>
        <source>¿La localidad tiene menos de 2,500 habitantes?</source>
        <translation>¿La localidad tiene menos de 2,500 habitantes?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="346"/>
        <source>Material del piso</source>
        <translation>Material del piso</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="347"/>
        <source>Material de las paredes</source>
        <translation>Material de las paredes</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="348"/>
        <source>Material del techo</source>
        <translation>Material del techo</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="349"/>
        <source>Cuartos (sin contar baños ni pasillos)</source>
        <translation>Cuartos (sin contar baños ni pasillos)</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="350"/>
        <source>Vivienda</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="359"/>
        <source>Agua</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="360"/>
        <source>Drenaje</source>
        <translation>Drenaje</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="361"/>
        <source>Electricidad</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="362"/>
        <source>Combustible para cocinar</source>
        <translation>Combustible para cocinar</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="363"/>
        <source>¿La cocina tiene chimenea?</source>
        <translation>¿La cocina tiene chimenea?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="366"/>
        <source>Servicios de la vivienda</source>
        <translation>Servicios de la vivienda</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="371"/>
        <source>Marque los bienes que tiene el hogar.</source>
        <translation>Marque los bienes que tiene el hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="378"/>
        <source>Preguntado (aunque no tenga ninguno)</source>
        <translation>Preguntado (aunque no tenga ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="380"/>
        <source>Bienes del hogar</source>
        <translation>Bienes del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="388"/>
        <source>Integrante: %1</source>
        <translation>Integrante: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="395"/>
        <source>En los últimos tres meses, por falta de dinero o recursos:</source>
        <translation>En los últimos tres meses, por falta de dinero o recursos:</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="408"/>
        <source>Alimentación</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="415"/>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="418"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="419"/>
        <source>&amp;Siguiente</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="420"/>
        <source>&amp;Guardar respuestas</source>
        <translation>&amp;Guardar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="421"/>
        <source>Terminar &amp;después</source>
        <translation>Terminar &amp;después</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="445"/>
        <source>Encuesta del hogar %1</source>
        <translation>Encuesta del hogar %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="469"/>
        <source>Elija…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="510"/>
        <source>Paso %1 de %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="664"/>
        <source>Respuestas guardadas.</source>
        <translation>Respuestas guardadas.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/syncing/texts.py" line="51"/>
        <source>1 cambio rechazado</source>
        <translation>1 cambio rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="52"/>
        <source>%1 cambios rechazados</source>
        <translation>%1 cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="57"/>
        <source>1 cambio se enviará de nuevo en la próxima sincronización.</source>
        <translation>1 cambio se enviará de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="59"/>
        <source>%1 cambios se enviarán de nuevo en la próxima sincronización.</source>
        <translation>%1 cambios se enviarán de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="65"/>
        <source>1 cambio descartado; no se enviará.</source>
        <translation>1 cambio descartado; no se enviará.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="66"/>
        <source>%1 cambios descartados; no se enviarán.</source>
        <translation>%1 cambios descartados; no se enviarán.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="71"/>
        <source>1 registro recibido apartado</source>
        <translation>1 registro recibido apartado</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="72"/>
        <source>%1 registros recibidos apartados</source>
        <translation>%1 registros recibidos apartados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="77"/>
        <source>Hogar</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="78"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="79"/>
        <source>Inscripción</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="80"/>
        <source>Corresponsabilidad</source>
        <translation>Corresponsabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="91"/>
        <source>Su folio ya lo tiene otro registro de este equipo (¿un equipo clonado?). Avise a la oficina central.</source>
        <translation>Su folio ya lo tiene otro registro de este equipo (¿un equipo clonado?). Avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="96"/>
        <source>Pertenece a un registro que este equipo no tiene; se guardará cuando llegue.</source>
        <translation>Pertenece a un registro que este equipo no tiene; se guardará cuando llegue.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="100"/>
        <source>Sus datos están incompletos o dañados; este equipo no puede leerlos.</source>
        <translation>Sus datos están incompletos o dañados; este equipo no puede leerlos.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="105"/>
        <source>Este equipo no puede guardarlo. Avise a la oficina central.</source>
        <translation>Este equipo no puede guardarlo. Avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="118"/>
        <source>Datos no válidos para el servidor. Corríjalos y guarde.</source>
        <translation>Datos no válidos para el servidor. Corríjalos y guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="119"/>
        <source>Un dato es demasiado largo o grande para el servidor. Corríjalo y guarde.</source>
        <translation>Un dato es demasiado largo o grande para el servidor. Corríjalo y guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="122"/>
        <source>El cambio es demasiado grande para el servidor. Corríjalo y guarde.</source>
        <translation>El cambio es demasiado grande para el servidor. Corríjalo y guarde.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="125"/>
        <source>Pertenece a un registro que el servidor no tiene (quizá también rechazado).</source>
        <translation>Pertenece a un registro que el servidor no tiene (quizá también rechazado).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="128"/>
        <source>El programa no está en el catálogo del servidor.</source>
        <translation>El programa no está en el catálogo del servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="129"/>
        <source>El folio ya lo usa otro registro de la oficina. Avise a la oficina central.</source>
        <translation>El folio ya lo usa otro registro de la oficina. Avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="132"/>
        <source>Otro equipo usó el mismo identificador. Vuelva a intentarlo.</source>
        <translation>Otro equipo usó el mismo identificador. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="141"/>
        <source>1 cambio por enviar</source>
        <translation>1 cambio por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="142"/>
        <source>%1 cambios por enviar</source>
        <translation>%1 cambios por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="146"/>
        <source>nunca</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="147"/>
        <source>Última sincronización: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="152"/>
        <source>Completa</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="153"/>
        <source>En curso</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="27"/>
        <location filename="../../ui/syncing/texts.py" line="154"/>
        <source>Sin conexión</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="155"/>
        <source>Servidor con errores</source>
        <translation>Servidor con errores</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="156"/>
        <source>Rechazada</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="157"/>
        <source>No autorizada</source>
        <translation>No autorizada</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="29"/>
        <location filename="../../ui/syncing/texts.py" line="158"/>
        <source>Equipo dado de baja</source>
        <translation>Equipo dado de baja</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="24"/>
        <source>Sin servidor configurado</source>
        <translation>Sin servidor configurado</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="25"/>
        <source>Comprobando la conexión…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="26"/>
        <source>En línea</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="28"/>
        <source>Sincronizando…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="30"/>
        <source>El servidor central está fallando</source>
        <translation>El servidor central está fallando</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="81"/>
        <source>Encuesta socioeconómica</source>
        <translation>Encuesta socioeconómica</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="82"/>
        <source>Solicitud ARCO</source>
        <translation>Solicitud ARCO</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="83"/>
        <source>Movimiento de tarjeta</source>
        <translation>Movimiento de tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="159"/>
        <source>Cancelada</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="160"/>
        <source>Ocupada</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="161"/>
        <source>Error interno</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="167"/>
        <source>La oficina central dio de baja este equipo y ya no se sincronizará. Lo guardado sigue en este equipo. Pida a su supervisor un nuevo código de inscripción.</source>
        <translation>La oficina central dio de baja este equipo y ya no se sincronizará. Lo guardado sigue en este equipo. Pida a su supervisor un nuevo código de inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="183"/>
        <source>El servidor central respondió con un error. Sus cambios siguen guardados en este equipo: se volverá a intentar solo a partir de las %1, o antes si pulsa Sincronizar ahora.</source>
        <translation>El servidor central respondió con un error. Sus cambios siguen guardados en este equipo: se volverá a intentar solo a partir de las %1, o antes si pulsa Sincronizar ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="192"/>
        <source>El servidor central respondió con errores (%1 veces seguidas). Sus cambios siguen guardados en este equipo: se volverá a intentar solo a partir de las %2, o antes si pulsa Sincronizar ahora.</source>
        <translation>El servidor central respondió con errores (%1 veces seguidas). Sus cambios siguen guardados en este equipo: se volverá a intentar solo a partir de las %2, o antes si pulsa Sincronizar ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="202"/>
        <source>La dirección del servidor no es válida: debe empezar con https:// (o http://) seguido del nombre del servidor, por ejemplo https://bienestar.ejemplo.gob.mx</source>
        <translation>La dirección del servidor no es válida: debe empezar con https:// (o http://) seguido del nombre del servidor, por ejemplo https://bienestar.ejemplo.gob.mx</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="212"/>
        <source>El reloj de este equipo está adelantado unos %1 minutos respecto al servidor. Corrija la fecha y la hora del equipo y vuelva a sincronizar.</source>
        <translation>El reloj de este equipo está adelantado unos %1 minutos respecto al servidor. Corrija la fecha y la hora del equipo y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="218"/>
        <source>El reloj de este equipo está atrasado unos %1 minutos respecto al servidor. Corrija la fecha y la hora del equipo y vuelva a sincronizar.</source>
        <translation>El reloj de este equipo está atrasado unos %1 minutos respecto al servidor. Corrija la fecha y la hora del equipo y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="227"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela para volver a sincronizar; lo guardado sigue en este equipo.</source>
        <translation>El servidor necesita una versión más nueva de esta aplicación. Actualícela para volver a sincronizar; lo guardado sigue en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="232"/>
        <source>El servidor central es más antiguo que esta aplicación y todavía no puede sincronizar con ella. Avise a la oficina central.</source>
        <translation>El servidor central es más antiguo que esta aplicación y todavía no puede sincronizar con ella. Avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="238"/>
        <source>El servidor no se identificó con la llave esperada, así que no se envió nada. Revise la dirección del servidor o avise a la oficina central.</source>
        <translation>El servidor no se identificó con la llave esperada, así que no se envió nada. Revise la dirección del servidor o avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="246"/>
        <source>Este equipo no está inscrito con un servidor central.</source>
        <translation>Este equipo no está inscrito con un servidor central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="248"/>
        <source>El servidor no reconoce a este equipo. Inscríbalo de nuevo con un código de la oficina central.</source>
        <translation>El servidor no reconoce a este equipo. Inscríbalo de nuevo con un código de la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="254"/>
        <source>Ya hay una sincronización en curso en este equipo.</source>
        <translation>Ya hay una sincronización en curso en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="256"/>
        <source>Sincronización cancelada.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="259"/>
        <source>El servidor está ocupado o recibió demasiados intentos. Se volverá a intentar más tarde.</source>
        <translation>El servidor está ocupado o recibió demasiados intentos. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="264"/>
        <source>No se pudo conectar con el servidor. Revise la dirección y la conexión a internet; se volverá a intentar cuando haya conexión.</source>
        <translation>No se pudo conectar con el servidor. Revise la dirección y la conexión a internet; se volverá a intentar cuando haya conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="271"/>
        <source>La inscripción tardó demasiado o el servidor ya la había recibido. Vuelva a intentarlo; si se repite, avise a la oficina central.</source>
        <translation>La inscripción tardó demasiado o el servidor ya la había recibido. Vuelva a intentarlo; si se repite, avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="277"/>
        <source>El código de inscripción no es válido: revise que esté bien escrito. Los códigos vencen y sirven una sola vez; si hace falta, pida uno nuevo.</source>
        <translation>El código de inscripción no es válido: revise que esté bien escrito. Los códigos vencen y sirven una sola vez; si hace falta, pida uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="283"/>
        <source>Esa dirección no corresponde a un servidor de Bienestar. Revise que esté bien escrita.</source>
        <translation>Esa dirección no corresponde a un servidor de Bienestar. Revise que esté bien escrita.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="289"/>
        <source>El servidor rechazó la solicitud (HTTP %1). Avise a la oficina central.</source>
        <translation>El servidor rechazó la solicitud (HTTP %1). Avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="298"/>
        <source>Los datos de este equipo son una copia de los de otro equipo que ya está inscrito (se copió la carpeta de datos o la imagen del disco). Dos copias numerarían los folios igual, así que el servidor no inscribió este equipo y el código no se gastó. Prepare este equipo desde cero, con una carpeta de datos nueva, e inscríbalo; si es el mismo equipo que se inscribe otra vez, pida a la oficina central que antes dé de baja la inscripción anterior.</source>
        <translation>Los datos de este equipo son una copia de los de otro equipo que ya está inscrito (se copió la carpeta de datos o la imagen del disco). Dos copias numerarían los folios igual, así que el servidor no inscribió este equipo y el código no se gastó. Prepare este equipo desde cero, con una carpeta de datos nueva, e inscríbalo; si es el mismo equipo que se inscribe otra vez, pida a la oficina central que antes dé de baja la inscripción anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="310"/>
        <source>Esta dirección usa http:// sin cifrar hacia otro equipo: cualquiera en la red puede ver el tráfico. Los registros viajan sellados, pero pida a la oficina central una dirección https:// si la hay.</source>
        <translation>Esta dirección usa http:// sin cifrar hacia otro equipo: cualquiera en la red puede ver el tráfico. Los registros viajan sellados, pero pida a la oficina central una dirección https:// si la hay.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="322"/>
        <source>El servidor central respondió con errores; no se perdió ningún cambio.</source>
        <translation>El servidor central respondió con errores; no se perdió ningún cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="333"/>
        <source>Este equipo no está inscrito con un servidor central. Inscríbalo en Configuración con la dirección del servidor y un código de inscripción.</source>
        <translation>Este equipo no está inscrito con un servidor central. Inscríbalo en Configuración con la dirección del servidor y un código de inscripción.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="344"/>
        <source>Quedan %1 cambios por enviar; se enviarán en la próxima sincronización.</source>
        <translation>Quedan %1 cambios por enviar; se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="352"/>
        <source>El servidor rechazó %1 cambios; se conservan en este equipo para que una persona supervisora los revise (vea Sincronización).</source>
        <translation>El servidor rechazó %1 cambios; se conservan en este equipo para que una persona supervisora los revise (vea Sincronización).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="360"/>
        <source>Sincronización completa: %1 cambios enviados, %2 registros recibidos.</source>
        <translation>Sincronización completa: %1 cambios enviados, %2 registros recibidos.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="369"/>
        <source>%1 registros recibidos no se pudieron guardar en este equipo y quedaron apartados para revisión (vea Sincronización).</source>
        <translation>%1 registros recibidos no se pudieron guardar en este equipo y quedaron apartados para revisión (vea Sincronización).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="320"/>
        <source>No se pudo conectar con el servidor.</source>
        <translation>No se pudo conectar con el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="326"/>
        <source>La oficina central dio de baja este equipo.</source>
        <translation>La oficina central dio de baja este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="328"/>
        <source>Se detuvo al bloquear o cerrar la aplicación.</source>
        <translation>Se detuvo al bloquear o cerrar la aplicación.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/syncing/page.py" line="75"/>
        <source>Estado de la sincronización</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="77"/>
        <source>Aviso sobre la dirección del servidor</source>
        <translation>Aviso sobre la dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="78"/>
        <source>Sincronizar ahora (F5)</source>
        <translation>Sincronizar ahora (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="80"/>
        <source>Avance de la sincronización</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="83"/>
        <source>Resultado de la sincronización</source>
        <translation>Resultado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="87"/>
        <source>Historial de sincronizaciones</source>
        <translation>Historial de sincronizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="104"/>
        <source>Los cambios que el servidor rechazó no se pierden ni se reenvían solos: se quedan en este equipo. Al corregir y guardar el registro se vuelven a enviar; también puede reintentarlos tal como están o, si es supervisor(a), descartarlos.</source>
        <translation>Los cambios que el servidor rechazó no se pierden ni se reenvían solos: se quedan en este equipo. Al corregir y guardar el registro se vuelven a enviar; también puede reintentarlos tal como están o, si es supervisor(a), descartarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="110"/>
        <source>Reintentar los seleccionados</source>
        <translation>Reintentar los seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="111"/>
        <source>Reintentar los cambios seleccionados</source>
        <translation>Reintentar los cambios seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="112"/>
        <source>Descartar los seleccionados…</source>
        <translation>Descartar los seleccionados…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="113"/>
        <source>Descartar los cambios seleccionados</source>
        <translation>Descartar los cambios seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="116"/>
        <source>Resultado de la revisión</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="120"/>
        <source>Registros recibidos que se apartaron</source>
        <translation>Registros recibidos que se apartaron</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="131"/>
        <source>Registros que llegaron del servidor pero este equipo no pudo guardar. No detienen la sincronización: se guardan aparte, cifrados, y se vuelven a intentar en cada sincronización. Avise a la oficina central.</source>
        <translation>Registros que llegaron del servidor pero este equipo no pudo guardar. No detienen la sincronización: se guardan aparte, cifrados, y se vuelven a intentar en cada sincronización. Avise a la oficina central.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="143"/>
        <source>Sin internet, exporte lo pendiente a una memoria USB para que una persona supervisora lo lleve al servidor; cuando traiga el recibo, impórtelo aquí.</source>
        <translation>Sin internet, exporte lo pendiente a una memoria USB para que una persona supervisora lo lleve al servidor; cuando traiga el recibo, impórtelo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="163"/>
        <source>Registros recibidos apartados</source>
        <translation>Registros recibidos apartados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="166"/>
        <source>Por memoria USB</source>
        <translation>Por memoria USB</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="266"/>
        <source>Descartar cambios rechazados</source>
        <translation>Descartar cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="270"/>
        <source>¿Descartar %1 cambios rechazados? No se enviarán nunca al servidor. El registro queda en este equipo tal como está, y el descarte queda en la bitácora.</source>
        <translation>¿Descartar %1 cambios rechazados? No se enviarán nunca al servidor. El registro queda en este equipo tal como está, y el descarte queda en la bitácora.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="318"/>
        <location filename="../../ui/syncing/page.py" line="339"/>
        <source>Fecha y hora</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="324"/>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="328"/>
        <source>Enviados</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="329"/>
        <source>Confirmados</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="330"/>
        <source>Rechazados</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="331"/>
        <source>Recibidos</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="366"/>
        <source>Recibido</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="91"/>
        <source>Cambios rechazados por el servidor</source>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="344"/>
        <location filename="../../ui/syncing/page.py" line="371"/>
        <source>Registro</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="350"/>
        <source>Operación</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="355"/>
        <location filename="../../ui/syncing/page.py" line="377"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="150"/>
        <source>Sincronización</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="156"/>
        <source>Últimas sincronizaciones</source>
        <translation>Últimas sincronizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="158"/>
        <source>Cambios rechazados</source>
        <translation>Cambios rechazados</translation>
    </message>
</context>
<context>
    <name>TransitionsDialog</name>
    <message>
        <location filename="../../ui/follow_up.py" line="299"/>
        <source>Transiciones próximas</source>
        <translation>Transiciones próximas</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="308"/>
        <source> días</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="309"/>
        <source>Horizonte en días</source>
        <translation>Horizonte en días</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="310"/>
        <source>En los &amp;próximos</source>
        <translation>En los &amp;próximos</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="312"/>
        <source>&amp;Ver lista</source>
        <translation>&amp;Ver lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up.py" line="331"/>
        <source>Ningún cambio en los próximos %n días.</source>
        <translation>
            <numerusform>Ningún cambio en el próximo %n día.</numerusform>
            <numerusform>Ningún cambio en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="332"/>
        <source>%1 cambios en los próximos %2 días o vencidos.</source>
        <translation>%1 cambios en los próximos %2 días o vencidos.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="73"/>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Olvidé mi frase de acceso…</source>
        <translation>Olvidé mi frase de acceso…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <source>Tiempo de espera</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Persona usuaria</source>
        <translation>Persona usuaria</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="88"/>
        <source>Frase de acceso</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>Bienestar Field</source>
        <translation>Bienestar Field</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso.</source>
        <translation>Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="172"/>
        <source>Escriba su frase de acceso.</source>
        <translation>Escriba su frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="175"/>
        <source>Abriendo los datos cifrados…</source>
        <translation>Abriendo los datos cifrados…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="217"/>
        <source>Podrá intentar de nuevo en %n segundos.</source>
        <translation>
            <numerusform>Podrá intentar de nuevo en %n segundo.</numerusform>
            <numerusform>Podrá intentar de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Ya puede intentar de nuevo.</source>
        <translation>Ya puede intentar de nuevo.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/drafts.py" line="189"/>
        <source>Datos sin guardar</source>
        <translation>Datos sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="194"/>
        <source>&amp;Volver a la captura</source>
        <translation>&amp;Volver a la captura</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="70"/>
        <source>Primera persona usuaria</source>
        <translation>Primera persona usuaria</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72"/>
        <source>La frase de acceso protege los datos de las familias. No la comparta.</source>
        <translation>La frase de acceso protege los datos de las familias. No la comparta.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80"/>
        <source>Nombre de usuario</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="81"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/i18n.py" line="185"/>
        <source>Mujer</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="186"/>
        <source>Hombre</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="187"/>
        <source>No binario</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="195"/>
        <source>Jefa o jefe del hogar</source>
        <translation>Jefa o jefe del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="196"/>
        <source>Cónyuge o pareja</source>
        <translation>Cónyuge o pareja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="197"/>
        <source>Hija o hijo</source>
        <translation>Hija o hijo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="198"/>
        <source>Nieta o nieto</source>
        <translation>Nieta o nieto</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="199"/>
        <source>Madre o padre</source>
        <translation>Madre o padre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="200"/>
        <source>Hermana o hermano</source>
        <translation>Hermana o hermano</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="201"/>
        <source>Suegra o suegro</source>
        <translation>Suegra o suegro</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="202"/>
        <source>Nuera o yerno</source>
        <translation>Nuera o yerno</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="203"/>
        <source>Otro parentesco</source>
        <translation>Otro parentesco</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="204"/>
        <source>Sin parentesco</source>
        <translation>Sin parentesco</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="212"/>
        <source>Motriz</source>
        <translation>Motriz</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="213"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="214"/>
        <source>Auditiva</source>
        <translation>Auditiva</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="215"/>
        <source>Del habla</source>
        <translation>Del habla</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="216"/>
        <source>Intelectual</source>
        <translation>Intelectual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="217"/>
        <source>Psicosocial</source>
        <translation>Psicosocial</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="218"/>
        <source>Múltiple</source>
        <translation>Múltiple</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="226"/>
        <source>Preescolar</source>
        <translation>Preescolar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="227"/>
        <source>Primaria</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="228"/>
        <source>Secundaria</source>
        <translation>Secundaria</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="229"/>
        <source>Media superior (bachillerato)</source>
        <translation>Media superior (bachillerato)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="230"/>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="238"/>
        <source>Trabaja</source>
        <translation>Trabaja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="239"/>
        <source>Estudia</source>
        <translation>Estudia</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="240"/>
        <source>Trabaja y estudia</source>
        <translation>Trabaja y estudia</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="241"/>
        <source>No estudia ni trabaja</source>
        <translation>No estudia ni trabaja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="242"/>
        <source>Se dedica al hogar</source>
        <translation>Se dedica al hogar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="243"/>
        <source>Sin dato</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="251"/>
        <source>Servidora o servidor de la nación</source>
        <translation>Servidora o servidor de la nación</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="252"/>
        <source>Supervisora o supervisor</source>
        <translation>Supervisora o supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="253"/>
        <source>Personal de módulo</source>
        <translation>Personal de módulo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="261"/>
        <source>Borrador</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="262"/>
        <source>Enviada</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="263"/>
        <source>Aprobada</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="264"/>
        <source>Rechazada</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="265"/>
        <source>Baja</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="266"/>
        <source>Suspendida</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="274"/>
        <source>Fallecimiento</source>
        <translation>Fallecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="275"/>
        <source>Cambio de domicilio</source>
        <translation>Cambio de domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="276"/>
        <source>A petición de la persona</source>
        <translation>A petición de la persona</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="277"/>
        <source>Ya no cumple los requisitos</source>
        <translation>Ya no cumple los requisitos</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="278"/>
        <source>Incumplimiento de corresponsabilidades</source>
        <translation>Incumplimiento de corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="279"/>
        <source>Cancelación a solicitud (ARCO)</source>
        <translation>Cancelación a solicitud (ARCO)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="280"/>
        <location filename="../../ui/i18n.py" line="290"/>
        <source>Otro</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="288"/>
        <source>Se fue a vivir a otro lugar</source>
        <translation>Se fue a vivir a otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="289"/>
        <source>Falleció</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="298"/>
        <source>Asistencia escolar</source>
        <translation>Asistencia escolar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="299"/>
        <source>Cita de salud</source>
        <translation>Cita de salud</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="300"/>
        <source>Consulta prenatal</source>
        <translation>Consulta prenatal</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="301"/>
        <source>Visita domiciliaria</source>
        <translation>Visita domiciliaria</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="308"/>
        <source>Hogares</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="309"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="310"/>
        <source>Inscripciones</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="311"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="312"/>
        <source>Encuestas socioeconómicas</source>
        <translation>Encuestas socioeconómicas</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="313"/>
        <source>Solicitudes ARCO</source>
        <translation>Solicitudes ARCO</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="314"/>
        <source>Movimientos de tarjeta</source>
        <translation>Movimientos de tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="322"/>
        <source>Cumplió</source>
        <translation>Cumplió</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="323"/>
        <source>No cumplió</source>
        <translation>No cumplió</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="325"/>
        <source>Aún no vence</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="326"/>
        <source>No se pide</source>
        <translation>No se pide</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="334"/>
        <source>Límite de edad</source>
        <translation>Límite de edad</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="335"/>
        <source>Cambio de nivel escolar</source>
        <translation>Cambio de nivel escolar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="336"/>
        <source>Fecha probable de parto</source>
        <translation>Fecha probable de parto</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="344"/>
        <source>Asistió</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="345"/>
        <source>Faltó</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="324"/>
        <location filename="../../ui/i18n.py" line="346"/>
        <source>Justificada</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="347"/>
        <source>Anulada</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="355"/>
        <source>enero</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="356"/>
        <source>febrero</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="357"/>
        <source>marzo</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="358"/>
        <source>abril</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="359"/>
        <source>mayo</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="360"/>
        <source>junio</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="361"/>
        <source>julio</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="362"/>
        <source>agosto</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="363"/>
        <source>septiembre</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="364"/>
        <source>octubre</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="365"/>
        <source>noviembre</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="366"/>
        <source>diciembre</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="375"/>
        <source>%1 de %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="377"/>
        <source>%1–%2 de %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="384"/>
        <source>cada dos meses</source>
        <translation>cada dos meses</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="386"/>
        <source>al mes</source>
        <translation>al mes</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="46"/>
        <source>Bienvenida</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="51"/>
        <source>Este equipo todavía no tiene personas usuarias. En tres pasos va a crear la primera: su nombre, su rol y una frase de acceso que solo usted conozca.

Todo lo que registre se guarda cifrado en este equipo: sin la frase de acceso nadie puede leerlo, aunque se pierda la computadora.</source>
        <translation>Este equipo todavía no tiene personas usuarias. En tres pasos va a crear la primera: su nombre, su rol y una frase de acceso que solo usted conozca.

Todo lo que registre se guarda cifrado en este equipo: sin la frase de acceso nadie puede leerlo, aunque se pierda la computadora.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main.py" line="171"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Sesión: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="174"/>
        <source>B&amp;loquear (Ctrl+L)</source>
        <translation>B&amp;loquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="177"/>
        <source>Cambiar de &amp;usuario</source>
        <translation>Cambiar de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="179"/>
        <source>Menú</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="186"/>
        <source>Inicio</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="187"/>
        <source>Registrar hogar</source>
        <translation>Registrar hogar</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="188"/>
        <source>Inscripción rápida</source>
        <translation>Inscripción rápida</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="189"/>
        <source>Corresponsabilidades</source>
        <translation>Corresponsabilidades</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="190"/>
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="191"/>
        <source>Configuración</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="192"/>
        <source>Sincronización</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="193"/>
        <source>Reportes</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="194"/>
        <source>Recolección de lotes</source>
        <translation>Recolección de lotes</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="195"/>
        <source>Revisión</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="323"/>
        <source>Escriba la fecha (DD/MM/AAAA).</source>
        <translation>Escriba la fecha (DD/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="328"/>
        <source>Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.</source>
        <translation>Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../casebook/enrolments.py" line="87"/>
        <source>El programa no está en el catálogo.</source>
        <translation>El programa no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="102"/>
        <location filename="../../domain/cards.py" line="145"/>
        <source>Es muy largo: use {maximum} caracteres o menos.</source>
        <translation>Es muy largo: use {maximum} caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="115"/>
        <source>La fecha de recepción no puede ser posterior a hoy.</source>
        <translation>La fecha de recepción no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="118"/>
        <source>Escriba lo que la persona solicita.</source>
        <translation>Escriba lo que la persona solicita.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="121"/>
        <source>Escriba quién recibió la solicitud.</source>
        <translation>Escriba quién recibió la solicitud.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="125"/>
        <source>Escriba a qué tratamiento de sus datos se opone.</source>
        <translation>Escriba a qué tratamiento de sus datos se opone.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="143"/>
        <source>La solicitud ya fue respondida.</source>
        <translation>La solicitud ya fue respondida.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="145"/>
        <source>Elija si se atendió o si es improcedente.</source>
        <translation>Elija si se atendió o si es improcedente.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="148"/>
        <source>Escriba la fecha de respuesta (DD/MM/AAAA).</source>
        <translation>Escriba la fecha de respuesta (DD/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="152"/>
        <source>La fecha de respuesta no puede ser posterior a hoy.</source>
        <translation>La fecha de respuesta no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="158"/>
        <source>La fecha de respuesta no puede ser anterior a la de recepción.</source>
        <translation>La fecha de respuesta no puede ser anterior a la de recepción.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="164"/>
        <source>Elija la causa legal de improcedencia.</source>
        <translation>Elija la causa legal de improcedencia.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="168"/>
        <source>Con «Otra causa legal», escriba en la nota cuál es.</source>
        <translation>Con «Otra causa legal», escriba en la nota cuál es.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="195"/>
        <source>La solicitud no es de cancelación.</source>
        <translation>La solicitud no es de cancelación.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="197"/>
        <source>El registro de la persona ya está cancelado.</source>
        <translation>El registro de la persona ya está cancelado.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="125"/>
        <source>Escriba solo los últimos cuatro dígitos de la tarjeta (4 números).</source>
        <translation>Escriba solo los últimos cuatro dígitos de la tarjeta (4 números).</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="137"/>
        <source>No escriba números de tarjeta ni de cuenta: solo se registran los últimos cuatro dígitos.</source>
        <translation>No escriba números de tarjeta ni de cuenta: solo se registran los últimos cuatro dígitos.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="160"/>
        <source>La fecha no puede ser anterior a la de nacimiento.</source>
        <translation>La fecha no puede ser anterior a la de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="166"/>
        <source>La persona ya recibió una tarjeta: registre su extravío o robo y después la reposición.</source>
        <translation>La persona ya recibió una tarjeta: registre su extravío o robo y después la reposición.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="173"/>
        <source>La persona no tiene una tarjeta vigente que reportar.</source>
        <translation>La persona no tiene una tarjeta vigente que reportar.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="179"/>
        <source>Solo se repone una tarjeta reportada como extraviada o robada.</source>
        <translation>Solo se repone una tarjeta reportada como extraviada o robada.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="192"/>
        <source>La tarjeta nueva no puede terminar en los mismos cuatro dígitos.</source>
        <translation>La tarjeta nueva no puede terminar en los mismos cuatro dígitos.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="196"/>
        <source>Escriba el lugar de la entrega.</source>
        <translation>Escriba el lugar de la entrega.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="201"/>
        <source>Verifique la identificación de la persona y elija cuál presentó.</source>
        <translation>Verifique la identificación de la persona y elija cuál presentó.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="206"/>
        <source>Elija cómo firmó de recibido: firma o huella.</source>
        <translation>Elija cómo firmó de recibido: firma o huella.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="209"/>
        <source>Un reporte no lleva dígitos de tarjeta.</source>
        <translation>Un reporte no lleva dígitos de tarjeta.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="211"/>
        <source>Escriba quién entregó o recibió el reporte.</source>
        <translation>Escriba quién entregó o recibió el reporte.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="116"/>
        <source>El periodo empieza el {date}.</source>
        <translation>El periodo empieza el {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="122"/>
        <source>Aún no estaba en el programa en este periodo (inscripción del {date}).</source>
        <translation>Aún no estaba en el programa en este periodo (inscripción del {date}).</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="136"/>
        <source>No hay un embarazo registrado (sin fecha probable de parto).</source>
        <translation>No hay un embarazo registrado (sin fecha probable de parto).</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="141"/>
        <location filename="../../domain/transitions.py" line="249"/>
        <source>La fecha probable de parto ({date}) ya pasó.</source>
        <translation>La fecha probable de parto ({date}) ya pasó.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="153"/>
        <source>No se pide a los {age} años: solo de {low} a {high} años.</source>
        <translation>No se pide a los {age} años: solo de {low} a {high} años.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="160"/>
        <source>No se pide a los {age} años: solo desde los {low} años.</source>
        <translation>No se pide a los {age} años: solo desde los {low} años.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="163"/>
        <source>No se pide a los {age} años: solo hasta los {high} años.</source>
        <translation>No se pide a los {age} años: solo hasta los {high} años.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="190"/>
        <source>Asistencia registrada.</source>
        <translation>Asistencia registrada.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="192"/>
        <location filename="../../domain/compliance.py" line="218"/>
        <source>Asistió a {done} de {needed} citas.</source>
        <translation>Asistió a {done} de {needed} citas.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="196"/>
        <source>Falta justificada.</source>
        <translation>Falta justificada.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="199"/>
        <source>Se registró una falta.</source>
        <translation>Se registró una falta.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="201"/>
        <source>Se registró una falta; asistió a {done} de {needed} citas.</source>
        <translation>Se registró una falta; asistió a {done} de {needed} citas.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="208"/>
        <source>Lleva {done} de {needed} citas; el periodo termina el {date}.</source>
        <translation>Lleva {done} de {needed} citas; el periodo termina el {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="214"/>
        <source>Sin registro todavía; el periodo termina el {date}.</source>
        <translation>Sin registro todavía; el periodo termina el {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="220"/>
        <source>No se registró asistencia en el periodo.</source>
        <translation>No se registró asistencia en el periodo.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="255"/>
        <source>Ninguna consulta prenatal del calendario vence en este periodo (semana {week} del embarazo).</source>
        <translation>Ninguna consulta prenatal del calendario vence en este periodo (semana {week} del embarazo).</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="279"/>
        <source>Consulta prenatal de las semanas {low} a {high} registrada.</source>
        <translation>Consulta prenatal de las semanas {low} a {high} registrada.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="284"/>
        <source>Falta justificada a la consulta prenatal de las semanas {low} a {high}.</source>
        <translation>Falta justificada a la consulta prenatal de las semanas {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="288"/>
        <source>La consulta prenatal de las semanas {low} a {high} vence el {date}.</source>
        <translation>La consulta prenatal de las semanas {low} a {high} vence el {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="294"/>
        <source>Faltó a la consulta prenatal de las semanas {low} a {high}.</source>
        <translation>Faltó a la consulta prenatal de las semanas {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="297"/>
        <source>No se registró la consulta prenatal de las semanas {low} a {high} (venció el {date}).</source>
        <translation>No se registró la consulta prenatal de las semanas {low} a {high} (venció el {date}).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="139"/>
        <source>La CURP debe tener {expected} caracteres; tiene {length}.</source>
        <translation>La CURP debe tener {expected} caracteres; tiene {length}.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="149"/>
        <source>Las primeras cuatro letras de la CURP forman una palabra inconveniente que RENAPO nunca asigna (en su lugar la segunda letra es X).</source>
        <translation>Las primeras cuatro letras de la CURP forman una palabra inconveniente que RENAPO nunca asigna (en su lugar la segunda letra es X).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="158"/>
        <source>La fecha de nacimiento de la CURP (posiciones 5 a 10) queda en el futuro; revise el año y la posición 17, que indica el siglo.</source>
        <translation>La fecha de nacimiento de la CURP (posiciones 5 a 10) queda en el futuro; revise el año y la posición 17, que indica el siglo.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="164"/>
        <source>La posición 11 de la CURP (sexo) debe ser H, M o X.</source>
        <translation>La posición 11 de la CURP (sexo) debe ser H, M o X.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="171"/>
        <source>Las posiciones 12 y 13 de la CURP no son una clave de entidad de nacimiento (por ejemplo DF, JC, o NE para quien nació en el extranjero).</source>
        <translation>Las posiciones 12 y 13 de la CURP no son una clave de entidad de nacimiento (por ejemplo DF, JC, o NE para quien nació en el extranjero).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="181"/>
        <source>El dígito verificador no coincide: la posición 18 no corresponde a los otros 17 caracteres, así que alguno está mal capturado.</source>
        <translation>El dígito verificador no coincide: la posición 18 no corresponde a los otros 17 caracteres, así que alguno está mal capturado.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="291"/>
        <source>La CURP indica un segundo apellido (posiciones 3 y 15), pero no se capturó ninguno.</source>
        <translation>La CURP indica un segundo apellido (posiciones 3 y 15), pero no se capturó ninguno.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="304"/>
        <source>El primer apellido capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</source>
        <translation>El primer apellido capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="310"/>
        <source>El segundo apellido capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</source>
        <translation>El segundo apellido capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="315"/>
        <source>El nombre capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</source>
        <translation>El nombre capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="333"/>
        <source>La CURP solo lleva letras sin acento (sin Ñ) y números; la posición {position} tiene otro carácter.</source>
        <translation>La CURP solo lleva letras sin acento (sin Ñ) y números; la posición {position} tiene otro carácter.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="343"/>
        <source>Las posiciones 1 a 4 de la CURP deben ser letras (iniciales de los apellidos y del nombre).</source>
        <translation>Las posiciones 1 a 4 de la CURP deben ser letras (iniciales de los apellidos y del nombre).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="351"/>
        <source>La posición 2 de la CURP debe ser una vocal o X (la primera vocal interna del primer apellido).</source>
        <translation>La posición 2 de la CURP debe ser una vocal o X (la primera vocal interna del primer apellido).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="359"/>
        <source>Las posiciones 5 a 10 de la CURP deben ser números (la fecha de nacimiento, AAMMDD).</source>
        <translation>Las posiciones 5 a 10 de la CURP deben ser números (la fecha de nacimiento, AAMMDD).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="367"/>
        <source>Las posiciones 14 a 16 de la CURP deben ser consonantes o X (consonantes internas de los apellidos y del nombre).</source>
        <translation>Las posiciones 14 a 16 de la CURP deben ser consonantes o X (consonantes internas de los apellidos y del nombre).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="374"/>
        <source>La posición 18 de la CURP (el dígito verificador) debe ser un número.</source>
        <translation>La posición 18 de la CURP (el dígito verificador) debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="393"/>
        <source>Las posiciones 5 a 10 de la CURP no forman una fecha de nacimiento válida (AAMMDD).</source>
        <translation>Las posiciones 5 a 10 de la CURP no forman una fecha de nacimiento válida (AAMMDD).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="460"/>
        <source>posición {position}</source>
        <translation>posición {position}</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="462"/>
        <source>posiciones {positions} y {last}</source>
        <translation>posiciones {positions} y {last}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="85"/>
        <source>el programa</source>
        <translation>el programa</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="86"/>
        <source>esta opción</source>
        <translation>esta opción</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="88"/>
        <source>Vive en una localidad de menos de 1,000 habitantes (rural)</source>
        <translation>Vive en una localidad de menos de 1,000 habitantes (rural)</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="92"/>
        <source>Es mujer</source>
        <translation>Es mujer</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="93"/>
        <source>Es hombre</source>
        <translation>Es hombre</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="94"/>
        <source>Es persona no binaria</source>
        <translation>Es persona no binaria</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="97"/>
        <location filename="../../domain/validation.py" line="53"/>
        <source>mujer</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="98"/>
        <location filename="../../domain/validation.py" line="54"/>
        <source>hombre</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="99"/>
        <source>persona no binaria</source>
        <translation>persona no binaria</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="102"/>
        <source>mujeres</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="103"/>
        <source>hombres</source>
        <translation>hombres</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="104"/>
        <source>personas no binarias</source>
        <translation>personas no binarias</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="107"/>
        <source>motriz</source>
        <translation>motriz</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="108"/>
        <source>visual</source>
        <translation>visual</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="109"/>
        <source>auditiva</source>
        <translation>auditiva</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="110"/>
        <source>del habla</source>
        <translation>del habla</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="111"/>
        <source>intelectual</source>
        <translation>intelectual</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="112"/>
        <source>psicosocial</source>
        <translation>psicosocial</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="113"/>
        <source>múltiple</source>
        <translation>múltiple</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="116"/>
        <source>preescolar</source>
        <translation>preescolar</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="117"/>
        <source>primaria</source>
        <translation>primaria</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="118"/>
        <source>secundaria</source>
        <translation>secundaria</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="119"/>
        <source>educación media superior</source>
        <translation>educación media superior</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="120"/>
        <source>educación superior</source>
        <translation>educación superior</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="123"/>
        <source>trabaja</source>
        <translation>trabaja</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="124"/>
        <source>estudia</source>
        <translation>estudia</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="125"/>
        <source>trabaja y estudia</source>
        <translation>trabaja y estudia</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="126"/>
        <source>no estudia ni trabaja</source>
        <translation>no estudia ni trabaja</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="127"/>
        <source>se dedica al hogar</source>
        <translation>se dedica al hogar</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="128"/>
        <source>no tiene ocupación registrada</source>
        <translation>no tiene ocupación registrada</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="130"/>
        <source>indígena</source>
        <translation>indígena</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="130"/>
        <source>afromexicana</source>
        <translation>afromexicana</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="140"/>
        <source>pobreza extrema</source>
        <translation>pobreza extrema</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="141"/>
        <source>pobreza moderada</source>
        <translation>pobreza moderada</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="142"/>
        <source>vulnerable por carencias sociales</source>
        <translation>vulnerable por carencias sociales</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="143"/>
        <source>vulnerable por ingreso</source>
        <translation>vulnerable por ingreso</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="144"/>
        <source>ni en pobreza ni vulnerable</source>
        <translation>ni en pobreza ni vulnerable</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="147"/>
        <source>personas en pobreza</source>
        <translation>personas en pobreza</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="148"/>
        <source>personas en pobreza extrema</source>
        <translation>personas en pobreza extrema</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="154"/>
        <source>Falta la encuesta socioeconómica del hogar</source>
        <translation>Falta la encuesta socioeconómica del hogar</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="155"/>
        <source>La encuesta socioeconómica del hogar no incluye a esta persona</source>
        <translation>La encuesta socioeconómica del hogar no incluye a esta persona</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="224"/>
        <source>La encuesta del hogar tiene respuestas que este cuestionario no conoce; no se puede medir la pobreza</source>
        <translation>La encuesta del hogar tiene respuestas que este cuestionario no conoce; no se puede medir la pobreza</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="299"/>
        <source>Verificar en campo: {check}</source>
        <translation>Verificar en campo: {check}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="315"/>
        <source>Cumple la opción «{option}»: {reasons}</source>
        <translation>Cumple la opción «{option}»: {reasons}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="323"/>
        <source>No cumple la opción «{option}»: {reasons}</source>
        <translation>No cumple la opción «{option}»: {reasons}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="348"/>
        <source>Tiene {age} ({range})</source>
        <translation>Tiene {age} ({range})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="353"/>
        <source>Tiene {age}; {scope} es para personas {range}</source>
        <translation>Tiene {age}; {scope} es para personas {range}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="370"/>
        <source>Su sexo registrado es {sex}; {scope} es para {wanted}</source>
        <translation>Su sexo registrado es {sex}; {scope} es para {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="383"/>
        <source>No tiene registrada una discapacidad permanente</source>
        <translation>No tiene registrada una discapacidad permanente</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="385"/>
        <source>La discapacidad registrada no es permanente</source>
        <translation>La discapacidad registrada no es permanente</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="389"/>
        <source>Tiene una discapacidad permanente ({kind})</source>
        <translation>Tiene una discapacidad permanente ({kind})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="403"/>
        <source>Cuenta con certificado de discapacidad de una institución pública</source>
        <translation>Cuenta con certificado de discapacidad de una institución pública</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="406"/>
        <source>Falta el certificado de discapacidad de una institución pública de salud</source>
        <translation>Falta el certificado de discapacidad de una institución pública de salud</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="415"/>
        <source>No tiene registrado un embarazo</source>
        <translation>No tiene registrado un embarazo</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="418"/>
        <source>La fecha probable de parto registrada ({date}) ya pasó</source>
        <translation>La fecha probable de parto registrada ({date}) ya pasó</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="420"/>
        <source>Embarazo con fecha probable de parto el {date}</source>
        <translation>Embarazo con fecha probable de parto el {date}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="432"/>
        <source>No tiene registrada una inscripción escolar; {scope} es para {wanted}</source>
        <translation>No tiene registrada una inscripción escolar; {scope} es para {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="439"/>
        <source>Estudia {level}</source>
        <translation>Estudia {level}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="443"/>
        <source>Estudia {level}; {scope} es para estudiantes de {wanted}</source>
        <translation>Estudia {level}; {scope} es para estudiantes de {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="460"/>
        <source>No tiene registrada una inscripción escolar; {scope} lo pide</source>
        <translation>No tiene registrada una inscripción escolar; {scope} lo pide</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="463"/>
        <source>Su escuela es pública</source>
        <translation>Su escuela es pública</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="466"/>
        <source>Su escuela no es pública; {scope} es para escuelas públicas</source>
        <translation>Su escuela no es pública; {scope} es para escuelas públicas</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="475"/>
        <source>Ocupación: {occupation}</source>
        <translation>Ocupación: {occupation}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="481"/>
        <source>No tiene ocupación registrada; {scope} es para quien {wanted}</source>
        <translation>No tiene ocupación registrada; {scope} es para quien {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="489"/>
        <source>Ocupación registrada: {occupation}; {scope} es para quien {wanted}</source>
        <translation>Ocupación registrada: {occupation}; {scope} es para quien {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="511"/>
        <source>Se reconoce como persona {identities}</source>
        <translation>Se reconoce como persona {identities}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="513"/>
        <source>No se reconoce como persona indígena ni afromexicana</source>
        <translation>No se reconoce como persona indígena ni afromexicana</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="522"/>
        <source>Ya recibe {program}</source>
        <translation>Ya recibe {program}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="529"/>
        <source>No recibe {programs}; {scope} es para quien ya recibe ese programa</source>
        <translation>No recibe {programs}; {scope} es para quien ya recibe ese programa</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="537"/>
        <source>No recibe {programs}; {scope} es para quien ya recibe alguno de ellos</source>
        <translation>No recibe {programs}; {scope} es para quien ya recibe alguno de ellos</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="556"/>
        <location filename="../../domain/eligibility.py" line="573"/>
        <source>Vive en {place}</source>
        <translation>Vive en {place}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="578"/>
        <source>Falta el domicilio para saber si vive en {places}</source>
        <translation>Falta el domicilio para saber si vive en {places}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="583"/>
        <source>Vive en {place}; {scope} solo opera en {places}</source>
        <translation>Vive en {place}; {scope} solo opera en {places}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="591"/>
        <source>Falta el domicilio para saber si la localidad es rural</source>
        <translation>Falta el domicilio para saber si la localidad es rural</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="605"/>
        <source>Vive en una localidad urbana ({place}); {scope} es para localidades rurales</source>
        <translation>Vive en una localidad urbana ({place}); {scope} es para localidades rurales</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="610"/>
        <source>Vive en una localidad rural ({place})</source>
        <translation>Vive en una localidad rural ({place})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="617"/>
        <source>Ya tiene guardería del IMSS o del ISSSTE</source>
        <translation>Ya tiene guardería del IMSS o del ISSSTE</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="618"/>
        <source>No tiene guardería del IMSS o del ISSSTE</source>
        <translation>No tiene guardería del IMSS o del ISSSTE</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="627"/>
        <source>Falta el hogar para saber si la madre o el padre trabaja o estudia</source>
        <translation>Falta el hogar para saber si la madre o el padre trabaja o estudia</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="634"/>
        <source>No se identificó en el hogar a la madre ni al padre (revise el parentesco con la persona jefa del hogar)</source>
        <translation>No se identificó en el hogar a la madre ni al padre (revise el parentesco con la persona jefa del hogar)</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="642"/>
        <source>Su madre {occupation}</source>
        <translation>Su madre {occupation}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="649"/>
        <source>Su padre, sin pareja en el hogar, {occupation}</source>
        <translation>Su padre, sin pareja en el hogar, {occupation}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="656"/>
        <source>En el hogar no hay una madre, ni un padre sin pareja, que {occupations} sin guardería del IMSS o del ISSSTE</source>
        <translation>En el hogar no hay una madre, ni un padre sin pareja, que {occupations} sin guardería del IMSS o del ISSSTE</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="664"/>
        <source>En el hogar no hay una madre, ni un padre sin pareja, que {occupations}</source>
        <translation>En el hogar no hay una madre, ni un padre sin pareja, que {occupations}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="707"/>
        <source>La encuesta socioeconómica del hogar está incompleta (falta 1 respuesta); sin ella no se puede medir la pobreza</source>
        <translation>La encuesta socioeconómica del hogar está incompleta (falta 1 respuesta); sin ella no se puede medir la pobreza</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="714"/>
        <source>La encuesta socioeconómica del hogar está incompleta (faltan {count} respuestas); sin ellas no se puede medir la pobreza</source>
        <translation>La encuesta socioeconómica del hogar está incompleta (faltan {count} respuestas); sin ellas no se puede medir la pobreza</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="729"/>
        <source>Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; {deprivations})</source>
        <translation>Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; {deprivations})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="739"/>
        <source>Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; {deprivations}); {scope} es para {wanted}</source>
        <translation>Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; {deprivations}); {scope} es para {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="773"/>
        <source>Según la encuesta tiene un ingreso fijo ({sources}); {scope} es para quien no tiene ingreso fijo</source>
        <translation>Según la encuesta tiene un ingreso fijo ({sources}); {scope} es para quien no tiene ingreso fijo</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="781"/>
        <source>Falta en la encuesta si la persona trabaja con seguridad social</source>
        <translation>Falta en la encuesta si la persona trabaja con seguridad social</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="787"/>
        <source>Según la encuesta tiene un trabajo con seguridad social (ingreso fijo); {scope} es para quien no tiene ingreso fijo</source>
        <translation>Según la encuesta tiene un trabajo con seguridad social (ingreso fijo); {scope} es para quien no tiene ingreso fijo</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="795"/>
        <source>Según la encuesta no tiene ingreso fijo (ni pensión ni trabajo con seguridad social)</source>
        <translation>Según la encuesta no tiene ingreso fijo (ni pensión ni trabajo con seguridad social)</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="828"/>
        <source>Según la encuesta tiene otros ingresos ({sources}); {scope} es para quien no tiene otros ingresos</source>
        <translation>Según la encuesta tiene otros ingresos ({sources}); {scope} es para quien no tiene otros ingresos</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="836"/>
        <source>Según la encuesta no tiene otros ingresos que los de programas sociales</source>
        <translation>Según la encuesta no tiene otros ingresos que los de programas sociales</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="838"/>
        <source>Según la encuesta no tiene ingresos</source>
        <translation>Según la encuesta no tiene ingresos</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="841"/>
        <source>Faltan en la encuesta los ingresos de la persona</source>
        <translation>Faltan en la encuesta los ingresos de la persona</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="853"/>
        <source>La encuesta registra una fuente de ingreso que el cuestionario no conoce ({code})</source>
        <translation>La encuesta registra una fuente de ingreso que el cuestionario no conoce ({code})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="885"/>
        <source>menos de 1 año</source>
        <translation>menos de 1 año</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="886"/>
        <source>1 año</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="886"/>
        <source>{years} años</source>
        <translation>{years} años</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="891"/>
        <source>de {low} a {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="893"/>
        <source>{low} o más</source>
        <translation>{low} o más</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="894"/>
        <source>menos de {limit}</source>
        <translation>menos de {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="900"/>
        <source>de {low} a {high} años</source>
        <translation>de {low} a {high} años</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="902"/>
        <source>de {low} años o más</source>
        <translation>de {low} años o más</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="903"/>
        <source>menores de {limit} años</source>
        <translation>menores de {limit} años</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="913"/>
        <source>ninguna carencia social</source>
        <translation>ninguna carencia social</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="915"/>
        <source>1 carencia social</source>
        <translation>1 carencia social</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="916"/>
        <source>{count} carencias sociales</source>
        <translation>{count} carencias sociales</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="192"/>
        <source>No existe un estado con la clave INEGI «{key}».</source>
        <translation>No existe un estado con la clave INEGI «{key}».</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="202"/>
        <source>No existe un estado con la clave de la CURP «{code}».</source>
        <translation>No existe un estado con la clave de la CURP «{code}».</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="218"/>
        <source>No existe el municipio «{key}» en {state}.</source>
        <translation>No existe el municipio «{key}» en {state}.</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="235"/>
        <source>La localidad «{key}» no está en el catálogo de {municipality} (solo incluye localidades de 1,000 habitantes o más).</source>
        <translation>La localidad «{key}» no está en el catálogo de {municipality} (solo incluye localidades de 1,000 habitantes o más).</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="34"/>
        <source>La nota es muy larga: use {maximum} caracteres o menos.</source>
        <translation>La nota es muy larga: use {maximum} caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="38"/>
        <source>Con el motivo «Otro», escriba una nota que lo explique.</source>
        <translation>Con el motivo «Otro», escriba una nota que lo explique.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="44"/>
        <source>Escriba la fecha (DD/MM/AAAA).</source>
        <translation>Escriba la fecha (DD/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="158"/>
        <location filename="../../domain/life_events.py" line="46"/>
        <source>La fecha no puede ser posterior a hoy.</source>
        <translation>La fecha no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../casebook/cards.py" line="48"/>
        <location filename="../../domain/arco.py" line="112"/>
        <source>La persona no existe en este expediente.</source>
        <translation>La persona no existe en este expediente.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="51"/>
        <source>La fecha no puede ser anterior al {earliest}.</source>
        <translation>La fecha no puede ser anterior al {earliest}.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="59"/>
        <source>La persona tiene registrada su defunción.</source>
        <translation>La persona tiene registrada su defunción.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="73"/>
        <source>La defunción de esta persona ya está registrada.</source>
        <translation>La defunción de esta persona ya está registrada.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="78"/>
        <source>La fecha de defunción no puede ser anterior a la de nacimiento.</source>
        <translation>La fecha de defunción no puede ser anterior a la de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="83"/>
        <source>La fecha de defunción no puede ser posterior a hoy.</source>
        <translation>La fecha de defunción no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="86"/>
        <source>Escriba la fecha de defunción (DD/MM/AAAA).</source>
        <translation>Escriba la fecha de defunción (DD/MM/AAAA).</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="124"/>
        <source>La persona no es integrante de un hogar.</source>
        <translation>La persona no es integrante de un hogar.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="127"/>
        <location filename="../../domain/life_events.py" line="213"/>
        <source>Elija el motivo.</source>
        <translation>Elija el motivo.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="159"/>
        <source>Elija el hogar al que se cambia.</source>
        <translation>Elija el hogar al que se cambia.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="161"/>
        <source>La persona ya es integrante de ese hogar.</source>
        <translation>La persona ya es integrante de ese hogar.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="166"/>
        <source>Ese hogar ya tiene jefa o jefe; elija otro parentesco.</source>
        <translation>Ese hogar ya tiene jefa o jefe; elija otro parentesco.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="170"/>
        <source>Elija el parentesco con la jefa o jefe.</source>
        <translation>Elija el parentesco con la jefa o jefe.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="207"/>
        <source>Elija baja o suspensión.</source>
        <translation>Elija baja o suspensión.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="209"/>
        <source>La inscripción ya está cerrada.</source>
        <translation>La inscripción ya está cerrada.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="211"/>
        <source>La inscripción ya está suspendida.</source>
        <translation>La inscripción ya está suspendida.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="240"/>
        <source>El domicilio no cambió.</source>
        <translation>El domicilio no cambió.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="253"/>
        <source>La CURP es la misma que la registrada.</source>
        <translation>La CURP es la misma que la registrada.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="52"/>
        <source>El teléfono se pregunta desde los {age} años.</source>
        <translation>El teléfono se pregunta desde los {age} años.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="55"/>
        <source>La ocupación se pregunta desde los {age} años.</source>
        <translation>La ocupación se pregunta desde los {age} años.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="58"/>
        <source>La escuela se pregunta desde los {age} años.</source>
        <translation>La escuela se pregunta desde los {age} años.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="64"/>
        <source>El embarazo se registra de los {low} a los {high} años.</source>
        <translation>El embarazo se registra de los {low} a los {high} años.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="188"/>
        <source>Cumple {age} años el {date}; el programa admite hasta los {limit} años.</source>
        <translation>Cumple {age} años el {date}; el programa admite hasta los {limit} años.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="195"/>
        <source>Inscribir en {target} y dar de baja en {program} por edad.</source>
        <translation>Inscribir en {target} y dar de baja en {program} por edad.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="200"/>
        <source>Dar de baja en {program} por edad.</source>
        <translation>Dar de baja en {program} por edad.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="211"/>
        <source>Cursa un nivel escolar que el programa no cubre.</source>
        <translation>Cursa un nivel escolar que el programa no cubre.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="213"/>
        <source>Revisar la inscripción en {program}: dar de baja o cambiar de programa.</source>
        <translation>Revisar la inscripción en {program}: dar de baja o cambiar de programa.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="228"/>
        <source>Termina el último grado del nivel que cubre la beca al fin del ciclo escolar ({date}).</source>
        <translation>Termina el último grado del nivel que cubre la beca al fin del ciclo escolar ({date}).</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="234"/>
        <source>Al pasar al siguiente nivel, inscribir en {target} y dar de baja en {program}.</source>
        <translation>Al pasar al siguiente nivel, inscribir en {target} y dar de baja en {program}.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="241"/>
        <source>Dar de baja en {program} al terminar el ciclo escolar.</source>
        <translation>Dar de baja en {program} al terminar el ciclo escolar.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="251"/>
        <source>Fecha probable de parto: {date}.</source>
        <translation>Fecha probable de parto: {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="253"/>
        <source>Registrar el nacimiento o corregir la fecha probable de parto; revisar el apoyo de {program}.</source>
        <translation>Registrar el nacimiento o corregir la fecha probable de parto; revisar el apoyo de {program}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="330"/>
        <source>Escriba el nombre de la localidad.</source>
        <translation>Escriba el nombre de la localidad.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="340"/>
        <source>El código postal debe tener 5 dígitos y ser válido, p. ej. 68000.</source>
        <translation>El código postal debe tener 5 dígitos y ser válido, p. ej. 68000.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="351"/>
        <source>Escriba el número exterior, o «{none}» si no tiene.</source>
        <translation>Escriba el número exterior, o «{none}» si no tiene.</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="143"/>
        <location filename="../../domain/text.py" line="152"/>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../casebook/checks.py" line="52"/>
        <source>Elija un periodo de la lista.</source>
        <translation>Elija un periodo de la lista.</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="147"/>
        <source>{list} o {item}</source>
        <translation>{list} o {item}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="156"/>
        <source>{list} y {item}</source>
        <translation>{list} y {item}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="165"/>
        <source>{list} ni {item}</source>
        <translation>{list} ni {item}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="172"/>
        <source>{list}; {item}</source>
        <translation>{list}; {item}</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="55"/>
        <source>no binario</source>
        <translation>no binario</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="86"/>
        <source>Escriba el número de teléfono a 10 dígitos.</source>
        <translation>Escriba el número de teléfono a 10 dígitos.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="90"/>
        <source>El teléfono debe tener solo números: 10 dígitos, p. ej. 55 1234 5678.</source>
        <translation>El teléfono debe tener solo números: 10 dígitos, p. ej. 55 1234 5678.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="95"/>
        <source>Desde 2020 ya no se marcan los prefijos 01, 044 ni 045: escriba solo los 10 dígitos del número.</source>
        <translation>Desde 2020 ya no se marcan los prefijos 01, 044 ni 045: escriba solo los 10 dígitos del número.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="101"/>
        <source>El teléfono debe tener 10 dígitos; tiene {digits}.</source>
        <translation>El teléfono debe tener 10 dígitos; tiene {digits}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="114"/>
        <source>El número no corresponde a un teléfono válido de México.</source>
        <translation>El número no corresponde a un teléfono válido de México.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="117"/>
        <source>Escriba un teléfono de contacto, no un número 800 o de tarifa especial.</source>
        <translation>Escriba un teléfono de contacto, no un número 800 o de tarifa especial.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="151"/>
        <source>Escriba el nombre o los nombres.</source>
        <translation>Escriba el nombre o los nombres.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="153"/>
        <source>Escriba el primer apellido.</source>
        <translation>Escriba el primer apellido.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="160"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation>La fecha de nacimiento no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="168"/>
        <source>La fecha de nacimiento da {age} años de edad; revísela (el máximo aceptado es {maximum}).</source>
        <translation>La fecha de nacimiento da {age} años de edad; revísela (el máximo aceptado es {maximum}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="181"/>
        <source>La entidad de nacimiento no es una clave válida.</source>
        <translation>La entidad de nacimiento no es una clave válida.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="199"/>
        <source>La fecha de nacimiento no coincide con la CURP (la CURP indica {date}).</source>
        <translation>La fecha de nacimiento no coincide con la CURP (la CURP indica {date}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="209"/>
        <source>El sexo no coincide con la CURP (la CURP indica {sex}).</source>
        <translation>El sexo no coincide con la CURP (la CURP indica {sex}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="221"/>
        <source>La entidad de nacimiento no coincide con la CURP (la CURP indica {place}).</source>
        <translation>La entidad de nacimiento no coincide con la CURP (la CURP indica {place}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="231"/>
        <source>nacimiento en el extranjero</source>
        <translation>nacimiento en el extranjero</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="61"/>
        <source>Solo se registra embarazo para personas de sexo mujer o no binario.</source>
        <translation>Solo se registra embarazo para personas de sexo mujer o no binario.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="264"/>
        <source>La fecha probable de parto ({date}) ya pasó; actualice el registro.</source>
        <translation>La fecha probable de parto ({date}) ya pasó; actualice el registro.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="273"/>
        <source>La fecha probable de parto ({date}) está a más de 10 meses.</source>
        <translation>La fecha probable de parto ({date}) está a más de 10 meses.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="289"/>
        <source>La clave de centro de trabajo (CCT) de la escuela tiene 10 caracteres: 2 números, 3 letras, 4 números y 1 letra, p. ej. 14DPR0001X.</source>
        <translation>La clave de centro de trabajo (CCT) de la escuela tiene 10 caracteres: 2 números, 3 letras, 4 números y 1 letra, p. ej. 14DPR0001X.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="370"/>
        <source>La persona está registrada en otro hogar.</source>
        <translation>La persona está registrada en otro hogar.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="378"/>
        <source>Registre al menos a una persona del hogar.</source>
        <translation>Registre al menos a una persona del hogar.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="385"/>
        <source>Indique quién es la persona jefa del hogar.</source>
        <translation>Indique quién es la persona jefa del hogar.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="390"/>
        <source>Solo una persona puede ser jefa del hogar; ya lo es la persona {number}.</source>
        <translation>Solo una persona puede ser jefa del hogar; ya lo es la persona {number}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="410"/>
        <source>Esta CURP ya está registrada en este hogar (persona {number}).</source>
        <translation>Esta CURP ya está registrada en este hogar (persona {number}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="442"/>
        <source>La inscripción es de otra persona.</source>
        <translation>La inscripción es de otra persona.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="444"/>
        <source>La inscripción es de otro programa.</source>
        <translation>La inscripción es de otro programa.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="447"/>
        <source>La persona falleció: no se le puede inscribir.</source>
        <translation>La persona falleció: no se le puede inscribir.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="458"/>
        <source>Muestre el aviso de privacidad simplificado antes de capturar los datos.</source>
        <translation>Muestre el aviso de privacidad simplificado antes de capturar los datos.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="466"/>
        <source>La persona no aceptó el aviso de privacidad; no se pueden capturar sus datos.</source>
        <translation>La persona no aceptó el aviso de privacidad; no se pueden capturar sus datos.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="472"/>
        <source>Falta registrar cuándo se mostró el aviso de privacidad.</source>
        <translation>Falta registrar cuándo se mostró el aviso de privacidad.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="487"/>
        <source>El hogar tiene datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso.</source>
        <translation>El hogar tiene datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="515"/>
        <source>El aviso de privacidad se mostró después de capturar la inscripción; debe mostrarse antes.</source>
        <translation>El aviso de privacidad se mostró después de capturar la inscripción; debe mostrarse antes.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="533"/>
        <source>Este programa usa datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso de la persona.</source>
        <translation>Este programa usa datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso de la persona.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="543"/>
        <source>El registro tiene datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso de la persona.</source>
        <translation>El registro tiene datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso de la persona.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="574"/>
        <source>Falta el documento: {document}.</source>
        <translation>Falta el documento: {document}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="591"/>
        <source>{program} no admite persona auxiliar; la persona beneficiaria debe hacer el trámite.</source>
        <translation>{program} no admite persona auxiliar; la persona beneficiaria debe hacer el trámite.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="602"/>
        <source>Escriba el nombre y el primer apellido de la persona auxiliar.</source>
        <translation>Escriba el nombre y el primer apellido de la persona auxiliar.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="621"/>
        <source>La persona auxiliar no puede ser la misma persona beneficiaria.</source>
        <translation>La persona auxiliar no puede ser la misma persona beneficiaria.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="626"/>
        <source>La persona auxiliar debe ser mayor de edad.</source>
        <translation>La persona auxiliar debe ser mayor de edad.</translation>
    </message>
</context>
</TS>
