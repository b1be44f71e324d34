<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="451"/>
        <source>Hogar %1. Corrija los datos que cambiaron; el domicilio anterior queda en el historial del hogar.</source>
        <translation>Household %1. Correct what changed; the previous address stays in the household&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="455"/>
        <source>Cambiar el domicilio</source>
        <translation>Change the address</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="457"/>
        <source>&amp;Guardar domicilio</source>
        <translation>&amp;Save address</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="480"/>
        <source>Vive ahí desde</source>
        <translation>Living there since</translation>
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
        <translation>e.g. 200 m past the school, adobe house</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="86"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="88"/>
        <source>Municipio o alcaldía</source>
        <translation>Municipality or borough</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="90"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="95"/>
        <source>Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre.</source>
        <translation>If the locality is not in the list (under 1,000 inhabitants), type its name.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="99"/>
        <source>Tipo de asentamiento</source>
        <translation>Settlement type</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="100"/>
        <source>Nombre del asentamiento</source>
        <translation>Settlement name</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="101"/>
        <source>Tipo de vialidad</source>
        <translation>Street type</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="102"/>
        <source>Nombre de la vialidad</source>
        <translation>Street name</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="104"/>
        <source>Número exterior</source>
        <translation>Exterior number</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="106"/>
        <source>Número interior</source>
        <translation>Interior number</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="107"/>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="108"/>
        <source>Entre calles</source>
        <translation>Cross streets</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="109"/>
        <source>Referencia</source>
        <translation>Landmark or directions</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="157"/>
        <source>«%1» no está en el catálogo de municipios de %2: elija uno de la lista.</source>
        <translation>“%1” is not in the catalog of municipalities of %2: choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="162"/>
        <source>Elija primero el estado.</source>
        <translation>Choose the state first.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="174"/>
        <source>«%1» no está en el catálogo de localidades de este municipio: se registrará como localidad escrita (menos de 1,000 habitantes).</source>
        <translation>“%1” is not in the catalog of localities of this municipality: it will be registered as a typed locality (fewer than 1,000 inhabitants).</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="205"/>
        <source>Elija el estado.</source>
        <translation>Choose the state.</translation>
    </message>
    <message>
        <location filename="../../ui/household/address_form.py" line="209"/>
        <source>Elija el municipio de la lista.</source>
        <translation>Choose the municipality from the list.</translation>
    </message>
</context>
<context>
    <name>Arco</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="93"/>
        <source>Acceso</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="94"/>
        <source>Rectificación</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="95"/>
        <source>Cancelación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="96"/>
        <source>Oposición</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="102"/>
        <source>En persona</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="103"/>
        <source>Por escrito</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="104"/>
        <source>Por teléfono</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="105"/>
        <source>Por correo electrónico</source>
        <translation>By email</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="106"/>
        <source>Plataforma Nacional de Transparencia</source>
        <translation>National Transparency Platform</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="112"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="113"/>
        <source>Atendida</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="114"/>
        <source>Improcedente</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="120"/>
        <source>No se acreditó la identidad o la representación</source>
        <translation>Identity or representation was not proven</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="123"/>
        <source>Los datos no están en posesión de la Secretaría</source>
        <translation>The Secretariat does not hold the data</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="126"/>
        <source>Una ley obliga a conservar o tratar los datos</source>
        <translation>A law requires keeping or processing the data</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="129"/>
        <source>Obstaculizaría un procedimiento judicial o administrativo</source>
        <translation>It would hinder judicial or administrative proceedings</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="132"/>
        <source>La misma solicitud ya fue atendida</source>
        <translation>The same request was already attended</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="133"/>
        <source>Otra causa legal (en la nota)</source>
        <translation>Another legal ground (in the note)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="139"/>
        <source>Entrega de tarjeta</source>
        <translation>Card delivered</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="140"/>
        <source>Reporte de extravío</source>
        <translation>Reported lost</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="141"/>
        <source>Reporte de robo</source>
        <translation>Reported stolen</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="142"/>
        <source>Reposición de tarjeta</source>
        <translation>Card replaced</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="148"/>
        <source>Credencial para votar (INE)</source>
        <translation>Voter ID (INE)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="149"/>
        <source>Pasaporte</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="150"/>
        <source>Credencial del INAPAM</source>
        <translation>INAPAM card</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="151"/>
        <source>Constancia de identidad</source>
        <translation>Identity certificate</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="152"/>
        <source>Otra identificación oficial</source>
        <translation>Other official ID</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="158"/>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="159"/>
        <source>Huella</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="166"/>
        <source>Tarjeta Mi Bienestar: sin entregar</source>
        <translation>Mi Bienestar card: not delivered</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="169"/>
        <source>Tarjeta Mi Bienestar ····%1 reportada como robada el %2</source>
        <translation>Mi Bienestar card ····%1 reported stolen on %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="171"/>
        <source>Tarjeta Mi Bienestar ····%1 reportada como extraviada el %2</source>
        <translation>Mi Bienestar card ····%1 reported lost on %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="175"/>
        <source>Tarjeta Mi Bienestar ····%1 (reposición) vigente desde el %2</source>
        <translation>Mi Bienestar card ····%1 (replacement) working since %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="177"/>
        <source>Tarjeta Mi Bienestar ····%1 entregada el %2</source>
        <translation>Mi Bienestar card ····%1 delivered on %2</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="198"/>
        <location filename="../../ui/arco_cards.py" line="285"/>
        <source>Sus datos personales en el padrón de Bienestar</source>
        <translation>Your personal data in the Bienestar register</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="199"/>
        <source>Respuesta a su solicitud de acceso (derechos ARCO).</source>
        <translation>Answer to your access request (ARCO rights).</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="200"/>
        <source>Persona</source>
        <translation>Person</translation>
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
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="207"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="208"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="209"/>
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="210"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="211"/>
        <source>Entidad de nacimiento</source>
        <translation>State of birth</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="212"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="214"/>
        <source>Discapacidad</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="218"/>
        <source>Se reconoce indígena</source>
        <translation>Self-identifies as Indigenous</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="219"/>
        <location filename="../../ui/arco_cards.py" line="223"/>
        <source>Sí</source>
        <translation>Yes</translation>
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
        <translation>Self-identifies as Afro-Mexican</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="225"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="227"/>
        <source>Registro cancelado el</source>
        <translation>Record cancelled on</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="237"/>
        <source>Hogar y domicilio</source>
        <translation>Household and address</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="241"/>
        <source>Folio del hogar</source>
        <translation>Household folio</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="242"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="244"/>
        <source>Calle</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="247"/>
        <source>Colonia</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="248"/>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="253"/>
        <source>Programas</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="255"/>
        <source>Ninguno.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="256"/>
        <source>%1 corresponsabilidades registradas</source>
        <translation>%1 attendance checks recorded</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="263"/>
        <source>Tarjeta Mi Bienestar</source>
        <translation>Mi Bienestar card</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="270"/>
        <source>Solicitudes ARCO</source>
        <translation>ARCO requests</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="396"/>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="398"/>
        <source>Derecho</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="399"/>
        <source>Medio</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="400"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="403"/>
        <source>Fecha de respuesta</source>
        <translation>Date of answer</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="406"/>
        <source>Lo que solicita</source>
        <translation>What the person asks</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="813"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="814"/>
        <source>Movimiento</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="817"/>
        <source>Tarjeta</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="820"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="823"/>
        <source>Recibió con</source>
        <translation>Acknowledged with</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="826"/>
        <source>Atendió</source>
        <translation>Attended by</translation>
    </message>
</context>
<context>
    <name>ArcoDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="423"/>
        <source>Derechos ARCO</source>
        <translation>ARCO rights</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="426"/>
        <source>Derechos ARCO de %1</source>
        <translation>ARCO rights of %1</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="430"/>
        <source>Registre aquí cada solicitud de acceso, rectificación, cancelación u oposición de la persona sobre sus datos personales, y su respuesta. Las solicitudes no se borran: quedan en su historial.</source>
        <translation>Record here each request of the person to access, rectify, cancel or oppose the processing of their personal data, and its answer. Requests are never deleted: they stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="436"/>
        <source>Solicitudes ARCO</source>
        <translation>ARCO requests</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="441"/>
        <location filename="../../ui/arco_cards.py" line="475"/>
        <source>Elija…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="444"/>
        <location filename="../../ui/arco_cards.py" line="472"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="450"/>
        <source>Derecho</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="453"/>
        <source>Medio</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="456"/>
        <source>Fecha de recepción</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="459"/>
        <source>Lo que solicita</source>
        <translation>What the person asks</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="462"/>
        <source>Tratamiento al que se opone</source>
        <translation>Processing opposed</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="465"/>
        <source>Recibió</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="467"/>
        <source>&amp;Registrar solicitud</source>
        <translation>Record &amp;request</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="471"/>
        <location filename="../../ui/arco_cards.py" line="560"/>
        <source>Elija una solicitud pendiente de la lista.</source>
        <translation>Choose a pending request from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="479"/>
        <source>Fecha de respuesta</source>
        <translation>Date of answer</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="482"/>
        <source>Causa de improcedencia</source>
        <translation>Legal ground for refusal</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="484"/>
        <source>Nota de la respuesta</source>
        <translation>Note of the answer</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="485"/>
        <source>Expediente en &amp;PDF…</source>
        <translation>Record as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="486"/>
        <source>&amp;Atender</source>
        <translation>&amp;Attend</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="487"/>
        <source>&amp;Improcedente</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="489"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="497"/>
        <source>Nueva solicitud</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="500"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="564"/>
        <source>Acceso: entregue a la persona su expediente completo en PDF y después márquela como atendida.</source>
        <translation>Access: give the person their whole record as a PDF, then mark the request attended.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="568"/>
        <source>Rectificación: «Atender» abre sus datos para corregirlos; el cambio queda ligado a esta solicitud.</source>
        <translation>Rectification: “Attend” opens the person&apos;s data to correct them; the change is linked to this request.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="572"/>
        <source>Cancelación: «Atender» cierra el registro de la persona y da de baja sus inscripciones. Se borran su teléfono y las notas; se conservan su identidad y el historial de pagos que la ley obliga a guardar. Nada se elimina.</source>
        <translation>Cancellation: “Attend” closes the person&apos;s record and withdraws their enrolments. Their phone and notes are blanked; their identity and the payment history the law requires are kept. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="577"/>
        <source>Oposición al tratamiento: %1</source>
        <translation>Opposition to processing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="582"/>
        <source>%1 · recibida el %2 · %3. %4</source>
        <translation>%1 · received on %2 · %3. %4</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="596"/>
        <source>Elija el derecho que ejerce.</source>
        <translation>Choose the right the person exercises.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="619"/>
        <source>Solicitud registrada.</source>
        <translation>Request recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="638"/>
        <source>Respuesta guardada.</source>
        <translation>Answer saved.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="704"/>
        <source>Guardar expediente</source>
        <translation>Save record</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="704"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="711"/>
        <source>Guardando el PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="715"/>
        <source>Expediente guardado en %1</source>
        <translation>Record saved in %1</translation>
    </message>
</context>
<context>
    <name>AtRiskDialog</name>
    <message>
        <location filename="../../ui/follow_up.py" line="261"/>
        <source>Pago en riesgo este periodo</source>
        <translation>Payment at risk this period</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="269"/>
        <source>Personas con una corresponsabilidad que condiciona el pago sin cumplir en este periodo o en el que acaba de terminar.</source>
        <translation>People with a check that conditions payment not met in this period or the one just ended.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="286"/>
        <source>Nadie tiene el pago en riesgo este periodo.</source>
        <translation>Nobody&apos;s payment is at risk this period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up.py" line="287"/>
        <source>%n personas con el pago en riesgo.</source>
        <translation>
            <numerusform>%n person whose payment is at risk.</numerusform>
            <numerusform>%n people whose payment is at risk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../ui/widgets.py" line="401"/>
        <source>Trabajando</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar_texts.py" line="32"/>
        <source>lunes</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="33"/>
        <source>martes</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="34"/>
        <source>miércoles</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="35"/>
        <source>jueves</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="36"/>
        <source>viernes</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="37"/>
        <source>sábado</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="38"/>
        <source>domingo</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="49"/>
        <source>Sin fecha en el calendario de pagos</source>
        <translation>No date in the payment calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="56"/>
        <source>%1: del %2 al %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="69"/>
        <source>Sin fecha</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="72"/>
        <source>%1 al %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="85"/>
        <source>Acuda a su Módulo de Bienestar en horario de atención.</source>
        <translation>Come to your Módulo de Bienestar during opening hours.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="87"/>
        <source>inicial %1</source>
        <translation>initial %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="89"/>
        <source>de la %1 a la %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="92"/>
        <source>Su día de atención en el Módulo de Bienestar es el %1 (primer apellido %2).</source>
        <translation>Your day at the Módulo de Bienestar is %1 (first surname %2).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="101"/>
        <source>El próximo: %1.</source>
        <translation>The next one: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="109"/>
        <source>Traiga este comprobante y una identificación oficial.</source>
        <translation>Bring this receipt and an official ID.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_texts.py" line="111"/>
        <source>Traiga este comprobante y: %1.</source>
        <translation>Bring this receipt and: %1.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="842"/>
        <source>Tarjeta Mi Bienestar</source>
        <translation>Mi Bienestar card</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="845"/>
        <source>Tarjeta Mi Bienestar de %1</source>
        <translation>Mi Bienestar card of %1</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="850"/>
        <source>Solo se registran los últimos cuatro dígitos de la tarjeta. Nunca escriba el número completo, datos bancarios ni el NIP.</source>
        <translation>Only the card&apos;s last four digits are recorded. Never type the full number, bank data or the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="855"/>
        <source>Movimientos de la tarjeta</source>
        <translation>Card events</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="859"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="866"/>
        <source>4 dígitos</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="869"/>
        <location filename="../../ui/arco_cards.py" line="873"/>
        <source>Elija…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="877"/>
        <source>Movimiento</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="878"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="880"/>
        <source>Últimos cuatro dígitos</source>
        <translation>Last four digits</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="882"/>
        <source>Lugar de entrega</source>
        <translation>Place of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="884"/>
        <source>Identificación presentada</source>
        <translation>ID presented</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="888"/>
        <source>Identificación verificada</source>
        <translation>ID checked</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="890"/>
        <source>Cotejé la identificación con la persona</source>
        <translation>I checked the ID against the person</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="894"/>
        <source>Firma de recibido</source>
        <translation>Receipt acknowledged with</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="897"/>
        <source>Atendió</source>
        <translation>Attended by</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="899"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="900"/>
        <source>&amp;Registrar</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="901"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="911"/>
        <source>Nuevo movimiento</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="984"/>
        <source>Movimiento registrado.</source>
        <translation>Event recorded.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../ui/checks.py" line="81"/>
        <source>Marcar</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="84"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="88"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="89"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="90"/>
        <source>Escuela (CCT)</source>
        <translation>School (CCT)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="91"/>
        <source>En el periodo</source>
        <translation>In the period</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="92"/>
        <source>Cumplimiento</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="77"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../ui/checks.py" line="159"/>
        <source>CCT de la escuela o CLUES de la unidad de salud</source>
        <translation>School CCT or health unit CLUES</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="160"/>
        <source>&amp;Ver lista</source>
        <translation>&amp;Show list</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="162"/>
        <location filename="../../ui/checks.py" line="163"/>
        <source>Filtrar por nombre</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="166"/>
        <source>Filtrar por localidad</source>
        <translation>Filter by locality</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="168"/>
        <source>Filtrar por escuela</source>
        <translation>Filter by school</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="174"/>
        <source>Personas con corresponsabilidad pendiente</source>
        <translation>People with a pending check</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="209"/>
        <source>Marcar &amp;todos</source>
        <translation>Mark &amp;all</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="210"/>
        <source>Asistió (Alt+1)</source>
        <translation>Attended (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="211"/>
        <source>Faltó (Alt+2)</source>
        <translation>Absent (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="212"/>
        <source>Justificada (Alt+3)</source>
        <translation>Justified (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="213"/>
        <source>&amp;Deshacer (Ctrl+Z)</source>
        <translation>Und&amp;o (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="219"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="220"/>
        <source>Tipo de corresponsabilidad</source>
        <translation>Kind of check</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="356"/>
        <source>Cargando la lista…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="390"/>
        <source>Todas las localidades</source>
        <translation>All localities</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="394"/>
        <source>Todas las escuelas</source>
        <translation>All schools</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks.py" line="583"/>
        <source>Se deshizo la marca de %n personas.</source>
        <translation>
            <numerusform>Mark undone for %n person.</numerusform>
            <numerusform>Marks undone for %n people.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="477"/>
        <source>¿Registrar a las %1 personas marcadas como «%2»? Se usan las marcas, no las filas seleccionadas.</source>
        <translation>Record the %1 ticked people as “%2”? The ticks are used, not the selected rows.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="485"/>
        <source>¿Registrar a las %1 personas seleccionadas como «%2»?</source>
        <translation>Record the %1 selected people as “%2”?</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="495"/>
        <source>Registrar corresponsabilidades</source>
        <translation>Record attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="553"/>
        <source>Se registraron %1 como «%2». Ctrl+Z lo deshace.</source>
        <translation>%1 recorded as “%2”. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="157"/>
        <location filename="../../ui/checks.py" line="221"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="222"/>
        <source>Lugar de la visita</source>
        <translation>Place of the visit</translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="245"/>
        <source>Corresponsabilidades</source>
        <translation>Attendance checks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checks.py" line="440"/>
        <source>%n personas en la lista (%1 a la vista); %2 sin registrar en el periodo.</source>
        <translation>
            <numerusform>%n person on the list (%1 shown); %2 not recorded in the period.</numerusform>
            <numerusform>%n people on the list (%1 shown); %2 not recorded in the period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checks.py" line="470"/>
        <source>Marque a las personas o elija una fila.</source>
        <translation>Tick people or select a row.</translation>
    </message>
</context>
<context>
    <name>CloseEnrolmentDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="347"/>
        <source>Inscripción %1 en %2. Una baja la cierra (podrá inscribirse de nuevo más adelante); una suspensión la detiene sin cerrarla.</source>
        <translation>Enrolment %1 in %2. A withdrawal closes it (the person may enrol again later); a suspension holds it without closing it.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="351"/>
        <source>Baja o suspensión de la inscripción</source>
        <translation>Withdraw or suspend the enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="353"/>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="357"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="359"/>
        <source>Baja</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="360"/>
        <source>Suspensión</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="365"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="373"/>
        <source>A partir del</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="380"/>
        <source>Elija baja o suspensión.</source>
        <translation>Choose withdrawal or suspension.</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="24"/>
        <source>%1 hogares</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="26"/>
        <source>%1 personas</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="28"/>
        <source>%1 inscripciones</source>
        <translation>%1 enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="30"/>
        <source>%1 corresponsabilidades</source>
        <translation>%1 attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="31"/>
        <source>ningún registro</source>
        <translation>no records</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="44"/>
        <source>del %1 al %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="56"/>
        <source>Equipo</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="57"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="58"/>
        <source>Registros</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="60"/>
        <source>Contenido</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="68"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="75"/>
        <source>En espera: se envía en la próxima sincronización</source>
        <translation>Waiting: sent at the next sync</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="77"/>
        <source>Enviado; falta la respuesta del servidor</source>
        <translation>Sent; no answer from the server yet</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="79"/>
        <source>Recibido por el servidor</source>
        <translation>Received by the server</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="83"/>
        <source>Rechazados %1 de %2 cambios: %3</source>
        <translation>%1 of %2 changes refused: %3</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="88"/>
        <source>Rechazado: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="93"/>
        <source>Ese lote ya se había importado: no se guardó otra vez ni se contará dos veces.</source>
        <translation>That batch had already been imported: it was not kept again and will not be counted twice.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="98"/>
        <source>Se guardaron %1 lotes sellados (%2 registros). Se envían al servidor en la próxima sincronización.</source>
        <translation>%1 sealed batches kept (%2 records). They go to the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="108"/>
        <source>%1 lotes ya se habían importado antes.</source>
        <translation>%1 batches had been imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="115"/>
        <source>Se escribieron %1 cambios en %2 lotes sellados en %3. Siguen pendientes en este equipo hasta que vuelva el recibo o se sincronice.</source>
        <translation>%1 changes written in %2 sealed batches to %3. They stay pending on this computer until the receipt comes back or it syncs.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="128"/>
        <source>Se guardaron %1 recibos en %2. Llévelos al equipo de la servidora o servidor de la nación e impórtelos allí.</source>
        <translation>%1 receipts saved to %2. Take them to the caseworker&apos;s computer and import them there.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="140"/>
        <source>El recibo confirmó %1 cambios de este equipo.</source>
        <translation>The receipt confirmed %1 changes of this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="145"/>
        <source>El servidor rechazó %1; se quedan en este equipo (vea Sincronización).</source>
        <translation>The server refused %1; they stay on this computer (see Sync).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="155"/>
        <source>No hay cambios pendientes que exportar en este equipo.</source>
        <translation>This computer has no pending changes to export.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="160"/>
        <source>El archivo lo escribió una versión anterior de la aplicación y no dice qué contiene. Actualice la aplicación del equipo que lo exportó, o avise a la oficina central.</source>
        <translation>The file was written by an older version of the app and does not say what it holds. Update the app on the computer that exported it, or tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="165"/>
        <source>El archivo no pasa la verificación: se alteró o se dañó en el camino. Pida que lo exporten otra vez.</source>
        <translation>The file does not verify: it was altered or damaged on the way. Ask for it to be exported again.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="170"/>
        <source>El archivo no contiene lotes.</source>
        <translation>The file holds no batches.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="174"/>
        <source>Este archivo es un recibo, no un lote: se importa en el equipo de quien exportó el lote, en Sincronización.</source>
        <translation>This file is a receipt, not a batch: it is imported on the computer that exported the batch, under Sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="179"/>
        <source>Este archivo es un lote, no un recibo: lo importa una persona supervisora en Recolección de lotes.</source>
        <translation>This file is a batch, not a receipt: a supervisor imports it under Batch collection.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="184"/>
        <source>Este lote es de este mismo equipo: no hace falta importarlo, basta con sincronizar.</source>
        <translation>This batch is from this very computer: there is no need to import it, just sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="188"/>
        <source>El servidor todavía no ha respondido por ningún lote: sincronice primero.</source>
        <translation>The server has not answered for any batch yet: sync first.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="192"/>
        <source>El recibo no es para este equipo o no lo firmó el servidor con el que está inscrito.</source>
        <translation>The receipt is not for this computer, or was not signed by the server it is enrolled with.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_texts.py" line="207"/>
        <source>El archivo no se pudo leer, está dañado o no es un lote ni un recibo de Bienestar.</source>
        <translation>The file could not be read, is damaged, or is neither a Bienestar batch nor a receipt.</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="54"/>
        <source>Recoja aquí los lotes sellados de los equipos que no tienen internet. Antes de importar se muestra qué contiene cada lote; se guarda sellado y se envía al servidor en la próxima sincronización. Después guarde los recibos y llévelos de vuelta.</source>
        <translation>Collect here the sealed batches of computers without internet. Before importing, what each batch holds is shown; it is kept sealed and sent to the server at the next sync. Then save the receipts and take them back.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="63"/>
        <source>Lotes recogidos hoy</source>
        <translation>Batches collected today</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="76"/>
        <source>Hoy todavía no se ha importado ningún lote.</source>
        <translation>No batch has been imported today yet.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="77"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="78"/>
        <source>Guardar recibos en USB…</source>
        <translation>Save receipts to USB…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="80"/>
        <source>Guardar los recibos del equipo seleccionado, o de todos, en una memoria USB</source>
        <translation>Save the receipts of the selected computer, or of all, to a USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="85"/>
        <source>Recolección de lotes</source>
        <translation>Batch collection</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="88"/>
        <source>Lotes de hoy</source>
        <translation>Today&apos;s batches</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="121"/>
        <source>Carpeta de la memoria USB donde guardar los recibos</source>
        <translation>Folder on the USB stick to save the receipts in</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="135"/>
        <source>Importado</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="140"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="146"/>
        <source>Registros</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="155"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/collection_page.py" line="160"/>
        <source>En el servidor</source>
        <translation>On the server</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../ui/follow_up.py" line="57"/>
        <location filename="../../ui/follow_up.py" line="109"/>
        <location filename="../../ui/follow_up.py" line="134"/>
        <source>Programa</source>
        <translation>Program</translation>
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
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="71"/>
        <source>Cumplimiento</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="76"/>
        <location filename="../../ui/follow_up.py" line="112"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="86"/>
        <source>%1
(condiciona el pago)</source>
        <translation>%1
(conditions payment)</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="105"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="127"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="141"/>
        <source>Motivo y qué hacer</source>
        <translation>Reason and what to do</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="570"/>
        <source>Conflicto en «%1»</source>
        <translation>Conflict in “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="579"/>
        <source>Valor que quedó</source>
        <translation>Value that stayed</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="579"/>
        <source>Valor que perdió</source>
        <translation>Value that lost</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="584"/>
        <source>%1: %2 — escrito por %3 el %4</source>
        <translation>%1: %2 — written by %3 on %4</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="595"/>
        <source>&amp;Decidir</source>
        <translation>&amp;Decide</translation>
    </message>
</context>
<context>
    <name>CurpDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="407"/>
        <source>CURP registrada: %1. La nueva debe coincidir con la fecha de nacimiento, el sexo y la entidad de nacimiento capturados; se revisa que nadie más la tenga.</source>
        <translation>CURP on record: %1. The new one must agree with the birth date, sex and state of birth captured; it is checked that nobody else has it.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="411"/>
        <source>Corregir la CURP</source>
        <translation>Correct the CURP</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="413"/>
        <source>&amp;Corregir CURP</source>
        <translation>&amp;Correct CURP</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="418"/>
        <source>18 caracteres</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="419"/>
        <source>CURP correcta</source>
        <translation>Correct CURP</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="420"/>
        <source>Motivo de la corrección</source>
        <translation>Reason for the correction</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="211"/>
        <source>Se registrará la defunción de %1. Deja de contar en su hogar y se darán de baja sus inscripciones abiertas (%2) con el motivo «Fallecimiento». Sus datos y su historial se conservan.</source>
        <translation>The death of %1 will be recorded. They stop counting in their household and their open enrolments (%2) are withdrawn with the reason &quot;Death&quot;. Their data and history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="216"/>
        <source>Registrar defunción</source>
        <translation>Record a death</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="218"/>
        <source>&amp;Registrar defunción</source>
        <translation>&amp;Record death</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="221"/>
        <source>Fecha de defunción</source>
        <translation>Date of death</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="162"/>
        <source>Inscripción del equipo</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="171"/>
        <source>Dirección del servidor</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="172"/>
        <source>Código de inscripción</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="176"/>
        <source>El servidor central no está configurado. Puede trabajar sin conexión: todo se guarda en este equipo y se enviará cuando el equipo se inscriba con el servidor.</source>
        <translation>The central server is not configured. You can work offline: everything is saved on this computer and will be sent once the computer is enrolled with the server.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="190"/>
        <source>Si su supervisor le dio la dirección del servidor central y un código de inscripción, escríbalos aquí para que este equipo envíe sus registros. Este paso es opcional: puede terminar ahora, trabajar sin conexión e inscribir el equipo después en Configuración.</source>
        <translation>If your supervisor gave you the central server&apos;s address and an enrolment code, type them here so this computer sends its records. This step is optional: you can finish now, work offline and enrol the computer later in Settings.</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../../ui/display_options.py" line="37"/>
        <source>Letra &amp;grande</source>
        <translation>Lar&amp;ge text</translation>
    </message>
    <message>
        <location filename="../../ui/display_options.py" line="39"/>
        <source>Alto co&amp;ntraste</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/display_options.py" line="43"/>
        <source>&amp;Idioma (Language)</source>
        <translation>&amp;Language (Idioma)</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <location filename="../../ui/enrol.py" line="190"/>
        <source>Documentos presentados:</source>
        <translation>Documents presented:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="195"/>
        <source>(no más de %1 meses de antigüedad)</source>
        <translation>(no older than %1 months)</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="447"/>
        <source>%1 — parecido: %2 %</source>
        <translation>%1 — likeness: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="461"/>
        <source>Conservar registro %1</source>
        <translation>Keep record %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="464"/>
        <source>Conservar registro %1 (folio %2)</source>
        <translation>Keep record %1 (folio %2)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="497"/>
        <source>%1 del registro %2</source>
        <translation>%1 of record %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="512"/>
        <source>&amp;Misma persona</source>
        <translation>&amp;Same person</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="513"/>
        <source>&amp;Personas distintas</source>
        <translation>&amp;Different people</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <location filename="../../ui/enrol.py" line="68"/>
        <source>Servicio sin pago</source>
        <translation>Service (no payment)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol.py" line="335"/>
        <source>Inscribir en programas</source>
        <translation>Enrol in programs</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="357"/>
        <source>&amp;Inscribir</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="359"/>
        <source>Comprobante…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="361"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="367"/>
        <source>Programas que le corresponden</source>
        <translation>Programs the person qualifies for</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="373"/>
        <source>Programas que no le corresponden</source>
        <translation>Programs the person does not qualify for</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="458"/>
        <source>Ninguno.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="461"/>
        <source>Por ahora ningún programa le corresponde.</source>
        <translation>No program applies to this person for now.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="504"/>
        <source>Inscripción sin terminar: %1</source>
        <translation>Unfinished enrolment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="529"/>
        <source>Se recuperó lo que se marcó la última vez, sin inscribir; revíselo.</source>
        <translation>The ticks from last time were recovered, not yet enrolled; check them.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="412"/>
        <source>Lo que marcó todavía no está inscrito.</source>
        <translation>What you ticked is not enrolled yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/enrol.py" line="341"/>
        <source>%n años · CURP %1 · folio %2</source>
        <translation>
            <numerusform>%n year old · CURP %1 · folio %2</numerusform>
            <numerusform>%n years old · CURP %1 · folio %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="413"/>
        <source>&amp;Inscribir ahora</source>
        <translation>&amp;Enrol now</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="414"/>
        <source>&amp;Descartar lo marcado</source>
        <translation>&amp;Discard the ticks</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="551"/>
        <source>Marque al menos un programa.</source>
        <translation>Tick at least one program.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="616"/>
        <source>Inscripción registrada: %1</source>
        <translation>Enrolment saved: %1</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="40"/>
        <source>&amp;Inscribir este equipo</source>
        <translation>&amp;Enrol this computer</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="45"/>
        <source>Aviso sobre la dirección del servidor</source>
        <translation>Notice about the server address</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="47"/>
        <source>Resultado de la inscripción</source>
        <translation>Enrolment result</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="49"/>
        <source>Dirección del servidor</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="50"/>
        <source>Código de inscripción</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_form.py" line="105"/>
        <source>Equipo inscrito con el servidor central, oficina «%1».</source>
        <translation>Computer enrolled with the central server, office “%1”.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="623"/>
        <source>Persona: %1 (CURP %2)</source>
        <translation>Person: %1 (CURP %2)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="631"/>
        <source>Programa: %1 · folio %2</source>
        <translation>Program: %1 · folio %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="639"/>
        <source>Se inscribió con el catálogo %1; el vigente ese día era el %2.</source>
        <translation>Enrolled under catalog %1; the one in force that day was %2.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="648"/>
        <source>&amp;Aprobar</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="648"/>
        <source>&amp;Aceptar con el catálogo vigente</source>
        <translation>&amp;Accept under the catalog in force</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="651"/>
        <location filename="../../ui/review_page.py" line="652"/>
        <source>Motivo de la devolución</source>
        <translation>Reason for returning it</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="654"/>
        <source>De&amp;volver para corrección</source>
        <translation>Re&amp;turn for correction</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/widgets.py" line="143"/>
        <source>Mensaje del campo</source>
        <translation>Field message</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/error_summary.py" line="85"/>
        <source>Hay un dato por corregir: %1.</source>
        <translation>One field to correct: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/error_summary.py" line="87"/>
        <source>Hay %1 datos por corregir: %2.</source>
        <translation>%1 fields to correct: %2.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.</source>
        <translation>Wrong passphrase. Attempts left before the account locks: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Demasiados intentos fallidos. Espere 1 segundo.</source>
        <translation>Too many failed attempts. Wait 1 second.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Demasiados intentos fallidos. Espere %1 segundos.</source>
        <translation>Too many failed attempts. Wait %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>La cuenta quedó bloqueada por demasiados intentos. Use el código de recuperación para poner una frase nueva.</source>
        <translation>The account is locked after too many attempts. Use the recovery code to set a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>La frase de acceso es débil: use al menos 12 caracteres, con 5 distintos o más, sin espacios al principio ni al final.</source>
        <translation>The passphrase is weak: use at least 12 characters, 5 or more different ones, with no spaces at the start or end.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>No existe esa persona usuaria en este equipo.</source>
        <translation>There is no such user on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>Ya existe una persona usuaria con ese nombre.</source>
        <translation>A user with that name already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales.</source>
        <translation>A user name has 2 to 64 characters, without slashes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.</source>
        <translation>This CURP is already registered (folio %1). Search for it instead of registering it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>La persona ya está inscrita en ese programa.</source>
        <translation>The person is already enrolled in that program.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.</source>
        <translation>Someone saved changes to this record while you were editing it. Open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>El registro ya no existe en este equipo.</source>
        <translation>The record no longer exists on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Solo una persona supervisora puede agregar a otra persona supervisora.</source>
        <translation>Only a supervisor can add another supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>Solo una persona supervisora puede recoger los lotes de otros equipos.</source>
        <translation>Only a supervisor can collect other computers&apos; batches.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>Solo una persona supervisora puede ver los reportes de la oficina.</source>
        <translation>Only a supervisor can see the office&apos;s reports.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Solo una persona supervisora puede descartar un cambio rechazado.</source>
        <translation>Only a supervisor can discard a change the server refused.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>Este equipo todavía no tiene personas usuarias.</source>
        <translation>This computer has no users yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Hay datos por corregir; vea los mensajes junto a cada campo.</source>
        <translation>Some data need correcting; see the messages beside each field.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Los datos de este equipo son de una versión más nueva de la aplicación. Actualice la aplicación; no se modificó nada.</source>
        <translation>The data on this computer come from a newer version of the app. Update the app; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>No se pudo leer o escribir en el disco. Revise que haya espacio libre.</source>
        <translation>Could not read or write the disk. Check that there is free space.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>No se pudo leer o escribir un archivo. Revise que haya espacio libre.</source>
        <translation>Could not read or write a file. Check that there is free space.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Ocurrió un error interno; se anotó en la bitácora sin datos personales. Lo que ya estaba guardado no se perdió.</source>
        <translation>An internal error happened; it was logged without personal data. Nothing already saved was lost.</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../../ui/enrol.py" line="238"/>
        <source>Por verificar en campo; marque cada condición al confirmarla:</source>
        <translation>To verify in the field; tick each condition once confirmed:</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="247"/>
        <source>Verificación en campo</source>
        <translation>Field verification</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="260"/>
        <source>Confirme en campo cada condición antes de inscribir, o no la inscriba.</source>
        <translation>Confirm each condition in the field before enrolling, or do not enrol.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/i18n.py" line="137"/>
        <source>es</source>
        <translation>en</translation>
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
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="43"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="44"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="45"/>
        <source>Fecha de nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>Entidad de nacimiento</source>
        <translation>Birth state</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Relationship to the head of household</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Guardería del IMSS o ISSSTE</source>
        <translation>IMSS or ISSSTE childcare</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>Discapacidad</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="53"/>
        <source>Se reconoce como indígena</source>
        <translation>Identifies as Indigenous</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>Se reconoce como afromexicana o afromexicano</source>
        <translation>Identifies as Afro-Mexican</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="55"/>
        <source>Embarazo: fecha probable de parto</source>
        <translation>Pregnancy: expected due date</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56"/>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="57"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Integrante del hogar desde</source>
        <translation>Household member since</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>Dejó el hogar el</source>
        <translation>Left the household on</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Motivo de la baja del hogar</source>
        <translation>Reason for leaving the household</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Fecha de defunción</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Municipio (clave)</source>
        <translation>Municipality (key)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Tipo de asentamiento</source>
        <translation>Settlement type</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="67"/>
        <source>Asentamiento</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="68"/>
        <source>Tipo de vialidad</source>
        <translation>Street type</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="69"/>
        <source>Vialidad</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="70"/>
        <source>Número exterior</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="71"/>
        <source>Número interior</source>
        <translation>Interior number</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="72"/>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>Entre calles</source>
        <translation>Between streets</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="75"/>
        <source>Vive ahí desde</source>
        <translation>Living there since</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>Estado de la inscripción</source>
        <translation>Enrolment status</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>A partir del</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <location filename="../../ui/history.py" line="81"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>Nació en el extranjero</source>
        <translation>Born abroad</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="122"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="125"/>
        <source>%1, con certificado</source>
        <translation>%1, with a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="131"/>
        <source>No estudia</source>
        <translation>Not studying</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="134"/>
        <source>pública</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="136"/>
        <source>privada</source>
        <translation>private</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="139"/>
        <source>grado %1</source>
        <translation>grade %1</translation>
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
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>Corrección</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="222"/>
        <source>Baja</source>
        <translation>Removal</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="230"/>
        <source>Defunción</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="232"/>
        <source>Cambio de hogar</source>
        <translation>Moved to another household</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="234"/>
        <source>Baja del hogar</source>
        <translation>Left the household</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="236"/>
        <source>Cambio de domicilio</source>
        <translation>Change of address</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="238"/>
        <source>Baja del programa</source>
        <translation>Withdrawn from the program</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="240"/>
        <source>Suspensión</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="242"/>
        <source>Corrección de CURP</source>
        <translation>CURP correction</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="112"/>
        <source>Hola, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="114"/>
        <source>Hogares registrados hoy</source>
        <translation>Households registered today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="115"/>
        <source>Personas registradas hoy</source>
        <translation>People registered today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="116"/>
        <source>Inscripciones de hoy</source>
        <translation>Enrolments today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="117"/>
        <source>Corresponsabilidades de hoy</source>
        <translation>Attendance checks today</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="118"/>
        <source>Cambios por enviar</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="119"/>
        <source>Última sincronización</source>
        <translation>Last synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="120"/>
        <location filename="../../ui/home.py" line="257"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="227"/>
        <source>Los registros ante el servidor</source>
        <translation>Your records on the server</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="242"/>
        <source>Sin servidor configurado: todo queda guardado en este equipo hasta que se configure la sincronización.</source>
        <translation>No server configured: everything stays saved on this computer until synchronisation is set up.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="143"/>
        <source>Registrar un &amp;hogar</source>
        <translation>Register a &amp;household</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="78"/>
        <source>Registros</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="79"/>
        <source>Guardados aquí</source>
        <translation>Saved here</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="80"/>
        <source>Enviados</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="83"/>
        <source>Confirmados</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="87"/>
        <source>Rechazados</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="144"/>
        <source>&amp;Inscripción rápida en módulo</source>
        <translation>&amp;Fast enrolment at a module</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="145"/>
        <source>Registrar &amp;corresponsabilidades</source>
        <translation>Record attendance &amp;checks</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="146"/>
        <source>&amp;Buscar personas</source>
        <translation>&amp;Search people</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="148"/>
        <source>Pago en &amp;riesgo este periodo</source>
        <translation>Payment at &amp;risk this period</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="149"/>
        <source>&amp;Transiciones próximas</source>
        <translation>Upcoming &amp;transitions</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="166"/>
        <source>Borradores guardados</source>
        <translation>Saved drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="167"/>
        <source>C&amp;ontinuar borrador</source>
        <translation>C&amp;ontinue draft</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="176"/>
        <source>Corresponsabilidades por registrar</source>
        <translation>Attendance checks to record</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="179"/>
        <location filename="../../ui/home.py" line="219"/>
        <source>Inscripciones devueltas por el servidor</source>
        <translation>Enrolments returned by the server</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="184"/>
        <source>Registros por estado ante el servidor</source>
        <translation>Records by sync status</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="208"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="215"/>
        <source>Corresponsabilidades de este periodo</source>
        <translation>Attendance checks of this period</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="223"/>
        <source>El trabajo de hoy</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="319"/>
        <source>%1 · %2 · %3: faltan %4 de %5</source>
        <translation>%1 · %2 · %3: %4 of %5 missing</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="333"/>
        <source>Todas las corresponsabilidades de este periodo están registradas.</source>
        <translation>Every attendance check of this period is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="340"/>
        <source>%1 — %2 (folio %3): %4</source>
        <translation>%1 — %2 (folio %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="344"/>
        <source>sin motivo</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="350"/>
        <source>El servidor no ha devuelto inscripciones.</source>
        <translation>The server has returned no enrolments.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="205"/>
        <source>¿Qué desea hacer?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="211"/>
        <source>Borradores sin terminar</source>
        <translation>Unfinished drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="262"/>
        <source>Sin conexión con el servidor central: lo que registre queda guardado en este equipo y se enviará cuando vuelva la conexión.</source>
        <translation>No connection to the central server: what you register is saved on this computer and will be sent when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="268"/>
        <source>Este equipo envía sus cambios al servidor central al sincronizar.</source>
        <translation>This computer sends its changes to the central server when it syncs.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="303"/>
        <source>No hay borradores.</source>
        <translation>No drafts.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/household/page.py" line="92"/>
        <source>Domicilio del hogar</source>
        <translation>Household address</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="99"/>
        <source>Integrantes del hogar</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="103"/>
        <source>Agregar &amp;integrante (Enter)</source>
        <translation>&amp;Add member (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="104"/>
        <source>&amp;Nuevo integrante</source>
        <translation>Ne&amp;w member</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="105"/>
        <source>&amp;Quitar integrante</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="108"/>
        <location filename="../../ui/household/texts.py" line="23"/>
        <source>Integrantes</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="115"/>
        <location filename="../../ui/household/texts.py" line="54"/>
        <source>Integrante nuevo</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="130"/>
        <source>&amp;Registrar hogar</source>
        <translation>&amp;Register household</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="133"/>
        <source>Integrantes registrados</source>
        <translation>Registered members</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="134"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Enrol in programs…</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="135"/>
        <source>Comprobante…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="137"/>
        <source>Registrar &amp;otro hogar</source>
        <translation>Register &amp;another household</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="140"/>
        <source>&amp;Encuesta socioeconómica…</source>
        <translation>Socioeconomic sur&amp;vey…</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="148"/>
        <source>Elija a una persona para inscribirla en los programas que le corresponden.</source>
        <translation>Choose a person to enrol them in the programs they qualify for.</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="166"/>
        <source>Revise antes de registrar</source>
        <translation>Check before registering</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="174"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="175"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="176"/>
        <source>&amp;Guardar borrador</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="185"/>
        <source>Registrar un hogar</source>
        <translation>Register a household</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="431"/>
        <source>&amp;Agregar al hogar</source>
        <translation>&amp;Add to the household</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="432"/>
        <source>&amp;Descartar lo escrito</source>
        <translation>&amp;Discard what was typed</translation>
    </message>
    <message>
        <location filename="../../ui/household/page.py" line="81"/>
        <location filename="../../ui/household/texts.py" line="21"/>
        <source>Aviso de privacidad</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="22"/>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="24"/>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="39"/>
        <source>Paso %1 de %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="44"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Before any data are entered, the person must hear and accept the notice.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="50"/>
        <source>Registre al menos a una persona del hogar.</source>
        <translation>Register at least one person of the household.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="58"/>
        <source>Integrante %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="74"/>
        <source>Domicilio:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="91"/>
        <source>Integrantes (%1):</source>
        <translation>Members (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="99"/>
        <source>Hogar registrado con el folio %1</source>
        <translation>Household registered with folio %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="103"/>
        <source>sin localidad</source>
        <translation>no locality</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="105"/>
        <source>Hogar en %1, 1 integrante</source>
        <translation>Household in %1, 1 member</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="106"/>
        <source>Hogar en %1, %2 integrantes</source>
        <translation>Household in %1, %2 members</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="110"/>
        <source>Guardando borrador…</source>
        <translation>Saving draft…</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="114"/>
        <source>Borrador guardado.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="118"/>
        <source>Borrador recuperado.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <location filename="../../ui/household/texts.py" line="122"/>
        <source>La persona que está capturando todavía no está en la lista de integrantes. ¿Qué hacemos con lo que escribió?</source>
        <translation>The person you are typing is not in the list of members yet. What should happen to what you typed?</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="246"/>
        <source>%1 dejará de contar como integrante del hogar. Sigue en el padrón y en el historial del hogar; si se cambió a otro hogar registrado, use «Cambiar de hogar».</source>
        <translation>%1 will no longer count as a member of the household. They stay on the register and in the household&apos;s history; if they moved to another registered household, use &quot;Move to another household&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="250"/>
        <source>Dar de baja del hogar</source>
        <translation>Remove from the household</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="252"/>
        <source>&amp;Dar de baja</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="256"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="259"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="73"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="104"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="109"/>
        <source>Elija…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="117"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="130"/>
        <source>Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.</source>
        <translation>Type the date as DD/MM/YYYY, for example 07/03/2026.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="176"/>
        <source>No hay un hogar con ese folio en este equipo.</source>
        <translation>There is no household with that folio on this computer.</translation>
    </message>
</context>
<context>
    <name>MemberStep</name>
    <message>
        <location filename="../../ui/survey.py" line="168"/>
        <source>%1, %2 años</source>
        <translation>%1, %2 years old</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="173"/>
        <source>Ingresos por fuente</source>
        <translation>Income by source</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="178"/>
        <source>Monto en pesos</source>
        <translation>Amount in pesos</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="179"/>
        <source>Monto de %1</source>
        <translation>Amount of %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="182"/>
        <source>¿Cada cuándo?</source>
        <translation>How often?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="185"/>
        <source>Frecuencia de %1</source>
        <translation>How often: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="198"/>
        <source>Elija…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="204"/>
        <source>¿Recibe algún ingreso?</source>
        <translation>Does this person receive any income?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="206"/>
        <source>Último nivel escolar terminado</source>
        <translation>Highest level of school completed</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="208"/>
        <source>¿Asiste a la escuela?</source>
        <translation>Attends school?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="212"/>
        <source>¿Trabaja con prestaciones de seguridad social (IMSS, ISSSTE…)?</source>
        <translation>Works with social security benefits (IMSS, ISSSTE…)?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="216"/>
        <source>Servicios de salud a los que está afiliado(a)</source>
        <translation>Health services this person is affiliated with</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="268"/>
        <source>Escriba los montos en pesos, por ejemplo 1500 o 1500.50.</source>
        <translation>Type the amounts in pesos, for example 1500 or 1500.50.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/life_events.py" line="286"/>
        <source>%1 pasa a ser integrante de otro hogar. Conserva su folio y sus inscripciones.</source>
        <translation>%1 becomes a member of another household, keeping their folio and enrolments.</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="289"/>
        <source>Cambiar de hogar</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="291"/>
        <source>&amp;Cambiar de hogar</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="295"/>
        <source>Folio del hogar, p. ej. ABC123-000042-K</source>
        <translation>Household folio, e.g. ABC123-000042-K</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="298"/>
        <source>Hogar de destino (folio)</source>
        <translation>New household (folio)</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="301"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Relationship to the head of household</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="305"/>
        <source>Fecha del cambio</source>
        <translation>Date of the move</translation>
    </message>
    <message>
        <location filename="../../ui/life_events.py" line="313"/>
        <source>Escriba el folio del hogar de destino.</source>
        <translation>Type the folio of the new household.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/widgets.py" line="434"/>
        <location filename="../../ui/widgets.py" line="509"/>
        <source>Al menos 12 caracteres</source>
        <translation>At least 12 characters</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="436"/>
        <location filename="../../ui/widgets.py" line="510"/>
        <source>Al menos 5 caracteres distintos</source>
        <translation>At least 5 different characters</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="438"/>
        <location filename="../../ui/widgets.py" line="511"/>
        <source>Sin espacios al principio ni al final</source>
        <translation>No spaces at the start or end</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="457"/>
        <source>Mostrar la frase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="461"/>
        <source>Fortaleza de la frase de acceso</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="477"/>
        <source>Frase de acceso</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="479"/>
        <source>Repita la frase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="481"/>
        <source>Fortaleza</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="472"/>
        <source>Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026».</source>
        <translation>Use several words you will remember, e.g. “blue maize in the milpa 2026”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="499"/>
        <source>No cumple las reglas</source>
        <translation>Does not meet the rules</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="500"/>
        <source>Débil</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="501"/>
        <source>Aceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="502"/>
        <source>Buena</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="503"/>
        <source>Muy buena</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="515"/>
        <source>Las dos frases coinciden</source>
        <translation>Both passphrases match</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/follow_up.py" line="198"/>
        <source>&amp;Abrir persona</source>
        <translation>&amp;Open person</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="200"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="233"/>
        <source>Cargando la lista…</source>
        <translation>Loading the list…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/search.py" line="340"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="345"/>
        <location filename="../../ui/search.py" line="523"/>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="114"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="115"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="116"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="119"/>
        <location filename="../../ui/search.py" line="150"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="367"/>
        <source>Inscripciones</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="377"/>
        <source>&amp;Inscribir en programas…</source>
        <translation>&amp;Enrol in programs…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="378"/>
        <source>Comprobante…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="154"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="98"/>
        <source>%1: %2, desde el %3</source>
        <translation>%1: %2, since %3</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="124"/>
        <source>Próximo depósito</source>
        <translation>Next deposit</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="157"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="161"/>
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="379"/>
        <source>Baja o &amp;suspensión…</source>
        <translation>&amp;Withdraw or suspend…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="396"/>
        <location filename="../../ui/search.py" line="401"/>
        <source>Corresponsabilidades</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="408"/>
        <source>Historial de cambios</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="424"/>
        <source>Cambiar domici&amp;lio…</source>
        <translation>Change &amp;address…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="429"/>
        <source>&amp;Encuesta socioeconómica…</source>
        <translation>Socioeconomic sur&amp;vey…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="434"/>
        <source>Historial del hogar</source>
        <translation>Household history</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="458"/>
        <source>Corregir C&amp;URP…</source>
        <translation>Correct C&amp;URP…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="459"/>
        <source>Ca&amp;mbiar de hogar…</source>
        <translation>&amp;Move to another household…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="460"/>
        <source>Dar de &amp;baja del hogar…</source>
        <translation>&amp;Remove from household…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="461"/>
        <source>Registrar de&amp;función…</source>
        <translation>Record dea&amp;th…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="463"/>
        <source>Derechos &amp;ARCO…</source>
        <translation>ARC&amp;O rights…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="464"/>
        <source>&amp;Tarjeta…</source>
        <translation>Mi &amp;Bienestar card…</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="479"/>
        <source>&amp;Datos</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="480"/>
        <source>&amp;Programas</source>
        <translation>&amp;Programs</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="481"/>
        <source>Hoga&amp;r</source>
        <translation>Househo&amp;ld</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="482"/>
        <source>&amp;Historial</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="483"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
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
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search.py" line="571"/>
        <source>Hogar %1, %n integrantes</source>
        <translation>
            <numerusform>Household %1, %n member</numerusform>
            <numerusform>Household %1, %n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="576"/>
        <source>Falleció el %1</source>
        <translation>Died on %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="580"/>
        <source>Ya no es integrante del hogar (desde el %1)</source>
        <translation>No longer a household member (since %1)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="587"/>
        <source>Registro cancelado a su solicitud (ARCO) el %1</source>
        <translation>Record cancelled at their request (ARCO) on %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="605"/>
        <source>Se recuperaron cambios sin guardar de la última vez. Revíselos y pulse «Guardar cambios», o ciérrela para descartarlos.</source>
        <translation>Unsaved changes from last time were recovered. Check them and press “Save changes”, or close the window to discard them.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="626"/>
        <source>Sus programas no piden corresponsabilidades.</source>
        <translation>Their programs ask for no checks.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="629"/>
        <source>Pago en riesgo: una corresponsabilidad que condiciona el pago no se cumplió.</source>
        <translation>Payment at risk: a check that conditions payment was not met.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="632"/>
        <source>Ninguna corresponsabilidad pone en riesgo su pago.</source>
        <translation>No check puts their payment at risk.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="640"/>
        <source>Persona registrada sin hogar.</source>
        <translation>Registered without a household.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="657"/>
        <source>Domicilio: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="661"/>
        <source>Vive ahí desde el %1</source>
        <translation>Living there since %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="667"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="675"/>
        <source>• %1: dejó el hogar el %2 (%3)</source>
        <translation>• %1: left the household on %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="684"/>
        <source>Integrantes:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="686"/>
        <source>Ya no son integrantes:</source>
        <translation>Former members:</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="707"/>
        <source>Cambio guardado. Queda en el historial.</source>
        <translation>Change saved. It is kept in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="772"/>
        <source>Elija en la lista la inscripción que quiere dar de baja o suspender.</source>
        <translation>Choose in the list the enrolment to withdraw or suspend.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="812"/>
        <source>Cambios guardados. Los datos anteriores quedan en el historial.</source>
        <translation>Changes saved. The previous data stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="838"/>
        <source>Cambios sin guardar: %1</source>
        <translation>Unsaved changes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="522"/>
        <source>Hay cambios en los datos de la persona que no se han guardado.</source>
        <translation>The person&apos;s data have changes that were not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="524"/>
        <source>&amp;Descartar cambios</source>
        <translation>&amp;Discard changes</translation>
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
        <translation>18 letters and digits, e.g. GOMA500315MOCNRR09</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="117"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="124"/>
        <source>Nació en el extranjero</source>
        <translation>Born abroad</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="130"/>
        <source>10 dígitos</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="135"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="136"/>
        <source>Nombre(s)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="138"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="140"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="142"/>
        <source>Fecha de nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="144"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="146"/>
        <source>Entidad de nacimiento</source>
        <translation>Birth state</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="152"/>
        <source>Parentesco con la jefa o jefe</source>
        <translation>Relationship to the head of household</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="160"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="201"/>
        <source>Tiene guardería del IMSS o ISSSTE</source>
        <translation>Has IMSS or ISSSTE childcare</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="168"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="112"/>
        <source>p. ej. GOMA500315MOCNRR09</source>
        <translation>e.g. GOMA500315MOCNRR09</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="158"/>
        <source>Preguntas que no aplican</source>
        <translation>Questions that do not apply</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="176"/>
        <source>Tiene certificado de una institución pública de salud</source>
        <translation>Has a certificate from a public health institution</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="178"/>
        <source>Se reconoce como indígena</source>
        <translation>Identifies as Indigenous</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="180"/>
        <source>Se reconoce como afromexicana o afromexicano</source>
        <translation>Identifies as Afro-Mexican</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="182"/>
        <source>DD/MM/AAAA, si hay embarazo</source>
        <translation>DD/MM/YYYY, if pregnant</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="184"/>
        <source>No estudia</source>
        <translation>Not studying</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="187"/>
        <source>Escuela pública</source>
        <translation>Public school</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="191"/>
        <source>p. ej. 14DPR0001X</source>
        <translation>e.g. 14DPR0001X</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="199"/>
        <source>Situación</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="200"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="203"/>
        <source>Discapacidad</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="209"/>
        <source>Embarazo: fecha probable de parto</source>
        <translation>Pregnancy: expected due date</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="211"/>
        <source>Escuela: nivel</source>
        <translation>School: level</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="213"/>
        <source>Clave de la escuela (CCT)</source>
        <translation>School key (CCT)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="214"/>
        <source>Grado</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="300"/>
        <location filename="../../ui/person_form.py" line="310"/>
        <location filename="../../ui/person_form.py" line="321"/>
        <source>No coincide con la CURP (la CURP indica %1).</source>
        <translation>Does not match the CURP (the CURP says %1).</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="397"/>
        <source>Lo escrito en estas preguntas no se guardará, porque no aplican:</source>
        <translation>What was typed in these questions will not be saved, because they do not apply:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="512"/>
        <location filename="../../ui/person_form.py" line="546"/>
        <source>Escriba la fecha como DD/MM/AAAA.</source>
        <translation>Type the date as DD/MM/YYYY.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="517"/>
        <source>Elija el sexo, como aparece en la CURP.</source>
        <translation>Choose the sex, as in the CURP.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="522"/>
        <source>Elija la entidad de nacimiento.</source>
        <translation>Choose the birth state.</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="528"/>
        <source>Elija el parentesco con la jefa o jefe.</source>
        <translation>Choose the relationship to the head of household.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="70"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="73"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="79"/>
        <source>Nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="85"/>
        <source>Edad</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>Poverty</name>
    <message>
        <location filename="../../ui/survey_texts.py" line="19"/>
        <source>ingreso por debajo de la línea de pobreza extrema</source>
        <translation>income below the extreme poverty line</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="22"/>
        <source>ingreso por debajo de la línea de pobreza</source>
        <translation>income below the poverty line</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="23"/>
        <source>ingreso igual o mayor que la línea de pobreza</source>
        <translation>income at or above the poverty line</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="29"/>
        <source>rezago educativo</source>
        <translation>educational lag</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="30"/>
        <location filename="../../ui/survey_texts.py" line="110"/>
        <source>servicios de salud</source>
        <translation>health services</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="31"/>
        <location filename="../../ui/survey_texts.py" line="111"/>
        <source>seguridad social</source>
        <translation>social security</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="32"/>
        <source>calidad y espacios de la vivienda</source>
        <translation>quality and space of the dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="33"/>
        <source>servicios básicos de la vivienda</source>
        <translation>basic services in the dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="34"/>
        <source>alimentación</source>
        <translation>food</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="40"/>
        <source>Pobreza extrema</source>
        <translation>Extreme poverty</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="41"/>
        <source>Pobreza</source>
        <translation>Poverty</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="42"/>
        <source>Vulnerable por carencias</source>
        <translation>Vulnerable by deprivations</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="43"/>
        <source>Vulnerable por ingreso</source>
        <translation>Vulnerable by income</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="44"/>
        <source>No pobre y no vulnerable</source>
        <translation>Neither poor nor vulnerable</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="70"/>
        <source>%1 (%2 de %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="73"/>
        <source>sin carencias</source>
        <translation>no deprivations</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="75"/>
        <source>una carencia: %1</source>
        <translation>one deprivation: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="78"/>
        <source>%1 carencias: %2</source>
        <translation>%1 deprivations: %2</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="85"/>
        <source>dos</source>
        <translation>two</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="86"/>
        <source>tres</source>
        <translation>three</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="87"/>
        <source>cuatro</source>
        <translation>four</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="88"/>
        <source>cinco</source>
        <translation>five</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="89"/>
        <source>seis</source>
        <translation>six</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="96"/>
        <source>integrantes del hogar</source>
        <translation>household members</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="97"/>
        <source>tamaño de la localidad</source>
        <translation>size of the locality</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="98"/>
        <source>piso</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="99"/>
        <source>paredes</source>
        <translation>walls</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="100"/>
        <source>techo</source>
        <translation>roof</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="101"/>
        <source>cuartos</source>
        <translation>rooms</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="102"/>
        <source>agua</source>
        <translation>water</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="103"/>
        <source>drenaje</source>
        <translation>drainage</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="104"/>
        <source>electricidad</source>
        <translation>electricity</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="105"/>
        <source>combustible para cocinar</source>
        <translation>cooking fuel</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="106"/>
        <source>chimenea de la cocina</source>
        <translation>kitchen chimney</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="107"/>
        <source>ingresos</source>
        <translation>income</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="108"/>
        <source>escolaridad</source>
        <translation>schooling</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="109"/>
        <source>asistencia escolar</source>
        <translation>school attendance</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="127"/>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="131"/>
        <source>preguntas de alimentación</source>
        <translation>food questions</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="132"/>
        <source>Encuesta incompleta; falta: %1</source>
        <translation>Survey incomplete; missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="139"/>
        <source>Sin encuesta socioeconómica.</source>
        <translation>No socioeconomic survey yet.</translation>
    </message>
    <message>
        <location filename="../../ui/survey_texts.py" line="146"/>
        <source>%1: %2. Ingreso por persona: %3 al mes.</source>
        <translation>%1: %2. Income per person: %3 a month.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../ui/widgets.py" line="557"/>
        <source>La persona conoció el aviso de privacidad y acepta que se registren sus datos</source>
        <translation>The person was read the privacy notice and agrees to have their data registered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="563"/>
        <source>Da su consentimiento expreso para datos sensibles (salud, discapacidad, embarazo, origen étnico)</source>
        <translation>Gives express consent for sensitive data (health, disability, pregnancy, ethnic origin)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="572"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Simplified privacy notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="581"/>
        <source>La Secretaría de Bienestar usa sus datos solo para inscribirle en los programas y darle seguimiento, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, rectificación, cancelación u oposición (derechos ARCO).</source>
        <translation>The Secretaría de Bienestar uses your data only to enrol you in the programs and follow up, under the General Law on the Protection of Personal Data Held by Public Bodies. You may ask for access, rectification, cancellation or opposition (ARCO rights).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="587"/>
        <source>Lea o explique este aviso a la persona antes de capturar cualquier dato.

La Secretaría de Bienestar es responsable de los datos personales que se recaban. Se usan para registrar a las personas del hogar, revisar si pueden recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo con las autoridades que la ley permite. Los datos sensibles (salud, discapacidad, embarazo, origen étnico) solo se registran con consentimiento expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) en cualquier Módulo de Bienestar.</source>
        <translation>Read or explain this notice to the person before capturing any data.

The Secretaría de Bienestar is responsible for the personal data collected. They are used to register the members of the household, check whether they can receive the welfare programs, enrol them and follow up their attendance checks. The data are stored encrypted and are not shared, except with the authorities the law allows. Sensitive data (health, disability, pregnancy, ethnic origin) are registered only with express consent. The ARCO rights (access, rectification, cancellation, opposition) can be exercised at any Módulo de Bienestar.</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <location filename="../../ui/enrol.py" line="290"/>
        <source>Ya está inscrita o inscrito en este programa.</source>
        <translation>Already enrolled in this program.</translation>
    </message>
</context>
<context>
    <name>QuickEnrolPage</name>
    <message>
        <location filename="../../ui/quick.py" line="78"/>
        <location filename="../../ui/quick.py" line="98"/>
        <location filename="../../ui/quick.py" line="100"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="81"/>
        <source>Marcar todos los documentos (Ctrl+D)</source>
        <translation>Mark all documents (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="85"/>
        <source>Aviso de privacidad</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="87"/>
        <source>&amp;Inscribir (Ctrl+Enter)</source>
        <translation>&amp;Enrol (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="88"/>
        <source>Comprobante (Ctrl+P)</source>
        <translation>Receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="89"/>
        <source>Siguiente persona (Ctrl+N)</source>
        <translation>Next person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="95"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="114"/>
        <source>Inscripción rápida en módulo</source>
        <translation>Fast enrolment at a module</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="172"/>
        <source>CURP nueva: complete el nombre.</source>
        <translation>New CURP: complete the name.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="179"/>
        <location filename="../../ui/quick.py" line="545"/>
        <source>Ya está registrada: %1, folio %2. Solo falta la inscripción.</source>
        <translation>Already registered: %1, folio %2. Only the enrolment is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="203"/>
        <source>%1 — le corresponde</source>
        <translation>%1 — eligible</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="208"/>
        <source>Ningún programa le corresponde</source>
        <translation>No program applies</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="211"/>
        <source>Complete los datos de la persona</source>
        <translation>Complete the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="307"/>
        <source>Antes de capturar datos, la persona debe conocer y aceptar el aviso.</source>
        <translation>Before any data are entered, the person must hear and accept the notice.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="319"/>
        <source>Ningún programa le corresponde; el porqué de cada uno está abajo.</source>
        <translation>No program applies; the reason for each one is below.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="321"/>
        <source>Elija el programa.</source>
        <translation>Choose the program.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="380"/>
        <source>Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3).</source>
        <translation>Enrolment saved. Person folio %1; enrolment folio %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="388"/>
        <source>Se guardó la corrección de sus datos; los anteriores quedan en el historial.</source>
        <translation>The correction to their data was saved; the previous values stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="448"/>
        <source>Esta persona todavía no está inscrita. ¿Qué hacemos con lo que escribió?</source>
        <translation>This person is not enrolled yet. What should happen to what you typed?</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="450"/>
        <source>&amp;Guardar como borrador</source>
        <translation>&amp;Keep as a draft</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="451"/>
        <source>&amp;Descartar lo escrito</source>
        <translation>&amp;Discard what was typed</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="505"/>
        <source>Inscripción rápida: %1</source>
        <translation>Fast enrolment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="564"/>
        <source>Se recuperó la captura sin terminar de la última vez; revísela y siga.</source>
        <translation>The unfinished entry from last time was recovered; check it and carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/quick.py" line="570"/>
        <source>Ningún programa le corresponde, porque:</source>
        <translation>No program applies, because:</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/receipt.py" line="109"/>
        <source>%1 · equipo %2</source>
        <translation>%1 · computer %2</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="110"/>
        <source>Equipo %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="130"/>
        <source>Guarde este comprobante: el folio es lo que le pedirán para cualquier trámite.</source>
        <translation>Keep this receipt: the folio is what you will be asked for in any procedure.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="137"/>
        <source>Su solicitud se revisará. Puede consultar cómo va con su folio en cualquier Módulo de Bienestar o en la Línea del Bienestar.</source>
        <translation>Your application will be reviewed. You can ask how it is going with your folio at any Bienestar office (Módulo de Bienestar) or on the Bienestar phone line.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="145"/>
        <source>Para solicitar un programa más adelante, lleve este folio a un Módulo de Bienestar.</source>
        <translation>To apply for a program later, bring this folio to a Bienestar office (Módulo de Bienestar).</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="152"/>
        <source>Si cambia de domicilio o de teléfono, avise en un Módulo de Bienestar.</source>
        <translation>If your address or phone number changes, tell a Bienestar office (Módulo de Bienestar).</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="162"/>
        <source>¿Dudas? Línea del Bienestar: %1 (llamada sin costo)</source>
        <translation>Questions? Bienestar phone line: %1 (free call)</translation>
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
        <translation>Registration receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="183"/>
        <source>Folio del hogar</source>
        <translation>Household folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="185"/>
        <source>Folio de la persona</source>
        <translation>Person folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="192"/>
        <source>Fecha: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="219"/>
        <source>Su próxima visita</source>
        <translation>Your next visit</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="223"/>
        <source>Próximos pasos</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="228"/>
        <source>Este comprobante no contiene datos personales.</source>
        <translation>This receipt contains no personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="197"/>
        <source>Personas registradas</source>
        <translation>People registered</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="202"/>
        <source>Programas solicitados</source>
        <translation>Programs applied for</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="207"/>
        <source>folio</source>
        <translation>folio</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="214"/>
        <source>Sin solicitudes de programas por ahora.</source>
        <translation>No program applications for now.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt.py" line="334"/>
        <source>Comprobante de registro</source>
        <translation>Registration receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="337"/>
        <source>Vista previa del comprobante</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="340"/>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="343"/>
        <source>&amp;Guardar como PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="344"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="390"/>
        <source>Guardar comprobante</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="390"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="397"/>
        <source>Guardando el PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="401"/>
        <source>Comprobante guardado en %1</source>
        <translation>Receipt saved in %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="413"/>
        <source>Imprimir comprobante</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="417"/>
        <source>Imprimiendo…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/receipt.py" line="420"/>
        <source>Comprobante enviado a la impresora.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="266"/>
        <source>Poner una frase de acceso nueva</source>
        <translation>Set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>&amp;Cambiar y abrir</source>
        <translation>&amp;Change and open</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="273"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>Código de recuperación</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="282"/>
        <source>Persona usuaria: %1. Escriba el código que anotó al preparar el equipo.</source>
        <translation>User: %1. Type the code you wrote down when the computer was set up.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="326"/>
        <source>El código de recuperación no es correcto.</source>
        <translation>The recovery code is wrong.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>Código de recuperación</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="125"/>
        <source>Ya anoté el código en papel y lo guardé en un lugar seguro</source>
        <translation>I wrote the code on paper and keep it in a safe place</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="132"/>
        <source>Anote este código en papel, tal como aparece, y guárdelo lejos de la computadora. Solo se muestra esta vez. Si olvida su frase de acceso, con este código podrá poner una nueva.</source>
        <translation>Write this code on paper exactly as shown and keep it away from the computer. It is shown only this once. If you forget your passphrase, this code lets you set a new one.</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="736"/>
        <source>Rectificación de datos</source>
        <translation>Rectification of data</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="739"/>
        <source>&amp;Guardar la rectificación</source>
        <translation>&amp;Save the rectification</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="741"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="746"/>
        <source>Corrija los datos que la persona pidió rectificar («%1»). Los datos anteriores quedan en el historial y la solicitud queda atendida.</source>
        <translation>Correct the data the person asked to rectify (“%1”). The previous data stay in the history and the request is marked attended.</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../../ui/review_page.py" line="686"/>
        <source>Equipo: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="688"/>
        <source>Registro: %1 %2</source>
        <translation>Record: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="692"/>
        <source>Motivo: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="693"/>
        <source>Recibido: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="699"/>
        <source>Solo de consulta: el equipo que lo envió conserva el cambio; corríjalo allí y vuelva a sincronizar.</source>
        <translation>Read only: the device that sent it keeps the change; correct it there and sync again.</translation>
    </message>
</context>
<context>
    <name>RelayPanel</name>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="33"/>
        <source>Exportar lo pendiente a USB…</source>
        <translation>Export pending work to USB…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="35"/>
        <source>Exportar los cambios pendientes de este equipo a una memoria USB</source>
        <translation>Export this computer&apos;s pending changes to a USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="37"/>
        <source>Importar un lote desde USB…</source>
        <translation>Import a batch from USB…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="39"/>
        <source>Importar el lote sellado de otro equipo desde una memoria USB</source>
        <translation>Import another computer&apos;s sealed batch from a USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="42"/>
        <source>Importar un recibo…</source>
        <translation>Import a receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="44"/>
        <source>Importar el recibo que trajo la persona supervisora</source>
        <translation>Import the receipt the supervisor brought</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="51"/>
        <source>&amp;Confirmar</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="52"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="62"/>
        <source>Contenido del lote</source>
        <translation>Contents of the batch</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="65"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="91"/>
        <source>Carpeta de la memoria USB donde escribir el lote</source>
        <translation>Folder on the USB stick to write the batch to</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="98"/>
        <source>Lote sellado en la memoria USB</source>
        <translation>Sealed batch on the USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="98"/>
        <source>Lotes (*.json)</source>
        <translation>Batches (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="105"/>
        <source>Recibo en la memoria USB</source>
        <translation>Receipt on the USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="105"/>
        <source>Recibos (*.json)</source>
        <translation>Receipts (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="120"/>
        <source>Se escribirá este lote sellado:</source>
        <translation>This sealed batch will be written:</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="124"/>
        <source>Solo el servidor central puede abrirlo. Los cambios siguen pendientes en este equipo hasta que vuelva el recibo o se sincronice. Archivo: %1</source>
        <translation>Only the central server can open it. The changes stay pending on this computer until the receipt comes back or it syncs. File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="130"/>
        <source>&amp;Escribir en la USB</source>
        <translation>&amp;Write to the USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="132"/>
        <source>El lote contiene:</source>
        <translation>The batch holds:</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="135"/>
        <source>Se guarda sellado, tal como llegó: este equipo no puede leerlo. Se envía al servidor en la próxima sincronización.</source>
        <translation>It is kept sealed, as it came: this computer cannot read it. It goes to the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/relay_panel.py" line="139"/>
        <source>&amp;Importar el lote</source>
        <translation>&amp;Import the batch</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports.py" line="80"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="81"/>
        <source>Ayer</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="82"/>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="83"/>
        <source>Este mes</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="84"/>
        <source>Otro periodo</source>
        <translation>Another period</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="87"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="88"/>
        <location filename="../../ui/reports.py" line="90"/>
        <source>DD/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="89"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="91"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="94"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="95"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="96"/>
        <location filename="../../ui/reports.py" line="312"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="97"/>
        <source>Persona usuaria</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="100"/>
        <source>Agrupar por</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="101"/>
        <source>&amp;Mostrar</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="107"/>
        <source>&amp;Periodo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="108"/>
        <source>&amp;Desde:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="109"/>
        <source>&amp;Hasta:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="110"/>
        <source>&amp;Agrupar por:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="119"/>
        <source>Registros por grupo</source>
        <translation>Records by group</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="120"/>
        <source>Inscripciones por estado</source>
        <translation>Enrolments by status</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="121"/>
        <source>Corresponsabilidades por resultado</source>
        <translation>Attendance checks by result</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="130"/>
        <location filename="../../ui/reports.py" line="182"/>
        <source>Cifras por grupo</source>
        <translation>Figures by group</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="141"/>
        <source>Exportar &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="142"/>
        <source>Exportar ho&amp;ja de cálculo…</source>
        <translation>Export spreads&amp;heet…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="143"/>
        <source>&amp;Reporte en PDF para imprimir…</source>
        <translation>Printable PDF &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="156"/>
        <location filename="../../ui/reports.py" line="187"/>
        <source>Encuesta socioeconómica por localidad</source>
        <translation>Socioeconomic survey by locality</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="168"/>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="172"/>
        <source>Cifras de los registros hechos en el periodo, contados por día en la zona horaria de la oficina, y los cambios de este equipo por enviar o rechazados por el servidor.</source>
        <translation>Figures of the records made in the period, counted by day in the office&apos;s time zone, and this computer&apos;s changes waiting to be sent or refused by the server.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="191"/>
        <source>Hogares con y sin encuesta, y personas en pobreza, en pobreza extrema y con cada carencia, según los hogares hoy.</source>
        <translation>Households with and without a survey, and people in poverty, in extreme poverty and with each deprivation, as the households stand today.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="253"/>
        <source>Escriba las fechas como DD/MM/AAAA.</source>
        <translation>Type the dates as DD/MM/YYYY.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="256"/>
        <source>El periodo termina antes de empezar.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="268"/>
        <source>Sin inscripción</source>
        <translation>No enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="269"/>
        <location filename="../../ui/reports.py" line="270"/>
        <source>Sin domicilio</source>
        <translation>No address</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="271"/>
        <source>Registrado en otros equipos</source>
        <translation>Registered on other computers</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="273"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="298"/>
        <source>Con encuesta</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="299"/>
        <source>Sin encuesta</source>
        <translation>Not surveyed</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="300"/>
        <source>Encuesta incompleta</source>
        <translation>Survey incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="301"/>
        <source>Personas medidas</source>
        <translation>People measured</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="302"/>
        <source>En pobreza</source>
        <translation>In poverty</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="303"/>
        <source>En pobreza extrema</source>
        <translation>In extreme poverty</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="304"/>
        <source>Rezago educativo</source>
        <translation>Educational lag</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="305"/>
        <source>Sin servicios de salud</source>
        <translation>No health services</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="306"/>
        <source>Sin seguridad social</source>
        <translation>No social security</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="307"/>
        <source>Vivienda</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="308"/>
        <source>Servicios de la vivienda</source>
        <translation>Services of the dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="309"/>
        <source>Alimentación</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="326"/>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="297"/>
        <location filename="../../ui/reports.py" line="335"/>
        <source>Hogares</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="336"/>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="337"/>
        <source>Inscripciones</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="338"/>
        <source>Corresponsabilidades</source>
        <translation>Attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="339"/>
        <source>Cambios por enviar</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="340"/>
        <source>Cambios rechazados</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="355"/>
        <source>Una persona inscrita en dos programas cuenta en cada uno; el total la cuenta una vez.</source>
        <translation>A person enrolled in two programs counts in each; the total counts them once.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="366"/>
        <source>Sin inscripciones en el periodo.</source>
        <translation>No enrolments in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="371"/>
        <source>Sin corresponsabilidades en el periodo.</source>
        <translation>No attendance checks in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="384"/>
        <source>Sin registros en el periodo.</source>
        <translation>No records in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="456"/>
        <source>Texto separado por comas (*.csv)</source>
        <translation>Comma-separated values (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="457"/>
        <source>Hoja de cálculo (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="458"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="462"/>
        <source>Guardar el reporte</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="500"/>
        <source>Reporte guardado en %1</source>
        <translation>Report saved in %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="506"/>
        <source>No se pudo guardar el reporte: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="512"/>
        <source>Reporte del día, por %1</source>
        <translation>Day report, by %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="513"/>
        <source>Reporte del periodo, por %1</source>
        <translation>Period report, by %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="520"/>
        <source>del %1 al %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="525"/>
        <source>%1 · días de la oficina (%2) · %3</source>
        <translation>%1 · office days (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="533"/>
        <source>Clave</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="539"/>
        <source>Inscripciones: %1</source>
        <translation>Enrolments: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="543"/>
        <source>Corresponsabilidades: %1</source>
        <translation>Attendance checks: %1</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <location filename="../../ui/enrol.py" line="77"/>
        <source>Con &amp;persona auxiliar (representante)</source>
        <translation>With a &amp;representative (persona auxiliar)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="86"/>
        <source>p. ej. hija, vecino</source>
        <translation>e.g. daughter, neighbour</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="88"/>
        <source>10 dígitos</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="91"/>
        <source>Nombre(s) de la persona auxiliar</source>
        <translation>Representative&apos;s given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="93"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="94"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="96"/>
        <source>CURP de la persona auxiliar</source>
        <translation>Representative&apos;s CURP</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="98"/>
        <source>Parentesco o relación</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="99"/>
        <source>Teléfono de la persona auxiliar</source>
        <translation>Representative&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/enrol.py" line="117"/>
        <source>Escriba el parentesco o la relación.</source>
        <translation>Type the relationship.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review_page.py" line="248"/>
        <source>Decisión guardada: se enviará en la próxima sincronización.</source>
        <translation>Decision saved: it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="268"/>
        <source>La decisión no corresponde a este caso; revise la elección.</source>
        <translation>That decision does not fit this case; check the choice.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="270"/>
        <source>Solo un supervisor revisa los casos de la oficina.</source>
        <translation>Only a supervisor reviews the office&apos;s cases.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="79"/>
        <source>Duplicados</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="80"/>
        <source>Posibles duplicados</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="81"/>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="82"/>
        <source>Cambios rechazados</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="83"/>
        <source>Inscripciones por aprobar</source>
        <translation>Enrolments to approve</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="84"/>
        <source>Inscripciones con catálogo anterior</source>
        <translation>Enrolments under an earlier catalog</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="90"/>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="91"/>
        <source>Nombre(s)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="92"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="93"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="94"/>
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="96"/>
        <source>Estado de nacimiento</source>
        <translation>State of birth</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="97"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="98"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="99"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>Un dato no es válido.</source>
        <translation>A value is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="108"/>
        <source>El registro al que pertenece no existe.</source>
        <translation>The record it belongs to does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="109"/>
        <source>El registro que se editó no existe.</source>
        <translation>The record that was edited does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="110"/>
        <source>El registro ya existía.</source>
        <translation>The record already existed.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="111"/>
        <source>Otro registro de la oficina ya tiene ese folio (casebook copiado).</source>
        <translation>Another record of the office already has that folio (a copied casebook).</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="114"/>
        <source>El programa no está en el catálogo.</source>
        <translation>The program is not in the catalog.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="115"/>
        <source>El estado de una inscripción lo decide la oficina.</source>
        <translation>An enrolment&apos;s status is the office&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="118"/>
        <source>El cambio se envió dos veces con datos distintos.</source>
        <translation>The change was sent twice with different data.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="121"/>
        <source>El reloj del equipo iba adelantado.</source>
        <translation>The device&apos;s clock was ahead.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="122"/>
        <source>Un dato es más largo de lo permitido.</source>
        <translation>A value is longer than allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="123"/>
        <source>El registro es de otra oficina.</source>
        <translation>The record belongs to another office.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="131"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="131"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="171"/>
        <source>%1 (parecido %2 %)</source>
        <translation>%1 (likeness %2 %)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="176"/>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="189"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="288"/>
        <source>Casos de su oficina que esperan una decisión. La lista llega con cada sincronización; sus decisiones se guardan aquí y se envían en la siguiente.</source>
        <translation>Cases of your office waiting for a decision. The list arrives with each sync; your decisions are saved here and sent with the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="293"/>
        <source>Casos por tipo</source>
        <translation>Cases by kind</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="298"/>
        <source>Casos por revisar</source>
        <translation>Cases to review</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="306"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="310"/>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="354"/>
        <source>Este equipo no está inscrito en el servidor como equipo de supervisor: pida a la oficina central un código de supervisor.</source>
        <translation>This device is not enrolled with the server as a supervisor&apos;s device: ask the central office for a supervisor&apos;s code.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="360"/>
        <source>El servidor de la oficina todavía no ofrece la revisión de casos.</source>
        <translation>The office&apos;s server does not offer case review yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="368"/>
        <source>(decisión pendiente de enviar)</source>
        <translation>(decision waiting to be sent)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="376"/>
        <source>No hay casos por revisar.</source>
        <translation>There are no cases to review.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="378"/>
        <source>Sincronice para traer los casos de su oficina.</source>
        <translation>Sync to bring your office&apos;s cases.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="425"/>
        <source>Decisión pendiente de enviar: se aplicará cuando el servidor la reciba en la próxima sincronización.</source>
        <translation>Decision waiting to be sent: it takes effect when the server receives it at the next sync.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/search.py" line="181"/>
        <source>CURP, folio o nombre (con o sin acentos)</source>
        <translation>CURP, folio or name (with or without accents)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="182"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="184"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="194"/>
        <source>Resultados de la búsqueda</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="213"/>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="227"/>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="262"/>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search.py" line="279"/>
        <source>%n resultados</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source> minutos</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="73"/>
        <source>Letra grande</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>Alto contraste</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>&amp;Aplicar</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="84"/>
        <source>Agre&amp;gar usuario</source>
        <translation>A&amp;dd user</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Bloquear la pantalla tras</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="94"/>
        <source>sin servidor configurado</source>
        <translation>no server configured</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Servidor</source>
        <translation>Server</translation>
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
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>Catálogo de programas</source>
        <translation>Program catalog</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>Servidor central</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="114"/>
        <source>Para enviar los registros a la oficina central, escriba la dirección del servidor y el código de inscripción que le dio su supervisor. Sirve también para inscribir de nuevo un equipo dado de baja.</source>
        <translation>To send records to the central office, type the server&apos;s address and the enrolment code your supervisor gave you. This also enrols again a computer that was revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>Nombre de usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>Otra persona usuaria en este equipo</source>
        <translation>Another user on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="128"/>
        <source>Cada persona que use este equipo necesita su propia frase de acceso.</source>
        <translation>Each person who uses this computer needs their own passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Vigente: versión %1, desde el %2</source>
        <translation>In force: version %1, since %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="169"/>
        <source>Pendiente: versión %1, entra en vigor el %2</source>
        <translation>Pending: version %1, takes effect on %2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="223"/>
        <source>Se agregó a %1.</source>
        <translation>%1 was added.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="235"/>
        <source>Preparar este equipo</source>
        <translation>Set up this computer</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="238"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="239"/>
        <source>&lt; &amp;Anterior</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="240"/>
        <source>&amp;Terminar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="241"/>
        <source>&amp;Crear usuario</source>
        <translation>&amp;Create user</translation>
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
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="577"/>
        <source>Cambios por enviar</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="578"/>
        <source>Última sincronización</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="579"/>
        <source>Sincronizar ahora (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="580"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="840"/>
        <source>Configuración guardada.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="863"/>
        <source>Aviso</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <location filename="../../ui/survey.py" line="141"/>
        <source>Elija…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="142"/>
        <source>Sí</source>
        <translation>Yes</translation>
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
        <translation>Socioeconomic survey of household %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="343"/>
        <source>Sin contestar</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="345"/>
        <source>¿La localidad tiene menos de 2,500 habitantes?</source>
        <translation>Does the locality have fewer than 2,500 inhabitants?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="346"/>
        <source>Material del piso</source>
        <translation>Floor material</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="347"/>
        <source>Material de las paredes</source>
        <translation>Wall material</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="348"/>
        <source>Material del techo</source>
        <translation>Roof material</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="349"/>
        <source>Cuartos (sin contar baños ni pasillos)</source>
        <translation>Rooms (not counting bathrooms or hallways)</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="350"/>
        <source>Vivienda</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="359"/>
        <source>Agua</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="360"/>
        <source>Drenaje</source>
        <translation>Drainage</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="361"/>
        <source>Electricidad</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="362"/>
        <source>Combustible para cocinar</source>
        <translation>Cooking fuel</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="363"/>
        <source>¿La cocina tiene chimenea?</source>
        <translation>Does the kitchen have a chimney?</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="366"/>
        <source>Servicios de la vivienda</source>
        <translation>Services of the dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="371"/>
        <source>Marque los bienes que tiene el hogar.</source>
        <translation>Tick the goods the household has.</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="378"/>
        <source>Preguntado (aunque no tenga ninguno)</source>
        <translation>Asked (even if it has none)</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="380"/>
        <source>Bienes del hogar</source>
        <translation>Household goods</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="388"/>
        <source>Integrante: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="395"/>
        <source>En los últimos tres meses, por falta de dinero o recursos:</source>
        <translation>In the last three months, for lack of money or resources:</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="408"/>
        <source>Alimentación</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="415"/>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="418"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="419"/>
        <source>&amp;Siguiente</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="420"/>
        <source>&amp;Guardar respuestas</source>
        <translation>&amp;Save answers</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="421"/>
        <source>Terminar &amp;después</source>
        <translation>Finish &amp;later</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="445"/>
        <source>Encuesta del hogar %1</source>
        <translation>Survey of household %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="469"/>
        <source>Elija…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="510"/>
        <source>Paso %1 de %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/survey.py" line="664"/>
        <source>Respuestas guardadas.</source>
        <translation>Answers saved.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/syncing/texts.py" line="51"/>
        <source>1 cambio rechazado</source>
        <translation>1 change refused</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="52"/>
        <source>%1 cambios rechazados</source>
        <translation>%1 changes refused</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="57"/>
        <source>1 cambio se enviará de nuevo en la próxima sincronización.</source>
        <translation>1 change will be sent again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="59"/>
        <source>%1 cambios se enviarán de nuevo en la próxima sincronización.</source>
        <translation>%1 changes will be sent again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="65"/>
        <source>1 cambio descartado; no se enviará.</source>
        <translation>1 change discarded; it will not be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="66"/>
        <source>%1 cambios descartados; no se enviarán.</source>
        <translation>%1 changes discarded; they will not be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="71"/>
        <source>1 registro recibido apartado</source>
        <translation>1 received record set aside</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="72"/>
        <source>%1 registros recibidos apartados</source>
        <translation>%1 received records set aside</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="77"/>
        <source>Hogar</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="78"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="79"/>
        <source>Inscripción</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="80"/>
        <source>Corresponsabilidad</source>
        <translation>Attendance check</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="91"/>
        <source>Su folio ya lo tiene otro registro de este equipo (¿un equipo clonado?). Avise a la oficina central.</source>
        <translation>Another record on this computer already has its folio (a cloned computer?). Tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="96"/>
        <source>Pertenece a un registro que este equipo no tiene; se guardará cuando llegue.</source>
        <translation>It belongs to a record this computer does not have; it will be saved when that record arrives.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="100"/>
        <source>Sus datos están incompletos o dañados; este equipo no puede leerlos.</source>
        <translation>Its data is incomplete or damaged; this computer cannot read it.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="105"/>
        <source>Este equipo no puede guardarlo. Avise a la oficina central.</source>
        <translation>This computer cannot save it. Tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="118"/>
        <source>Datos no válidos para el servidor. Corríjalos y guarde.</source>
        <translation>The server does not accept this data. Correct it and save.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="119"/>
        <source>Un dato es demasiado largo o grande para el servidor. Corríjalo y guarde.</source>
        <translation>A value is too long or too large for the server. Correct it and save.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="122"/>
        <source>El cambio es demasiado grande para el servidor. Corríjalo y guarde.</source>
        <translation>The change is too large for the server. Correct it and save.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="125"/>
        <source>Pertenece a un registro que el servidor no tiene (quizá también rechazado).</source>
        <translation>It belongs to a record the server does not have (perhaps refused too).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="128"/>
        <source>El programa no está en el catálogo del servidor.</source>
        <translation>The program is not in the server&apos;s catalog.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="129"/>
        <source>El folio ya lo usa otro registro de la oficina. Avise a la oficina central.</source>
        <translation>Another record of the office already uses the folio. Tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="132"/>
        <source>Otro equipo usó el mismo identificador. Vuelva a intentarlo.</source>
        <translation>Another computer used the same identifier. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="141"/>
        <source>1 cambio por enviar</source>
        <translation>1 change to send</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="142"/>
        <source>%1 cambios por enviar</source>
        <translation>%1 changes to send</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="146"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="147"/>
        <source>Última sincronización: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="152"/>
        <source>Completa</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="153"/>
        <source>En curso</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="27"/>
        <location filename="../../ui/syncing/texts.py" line="154"/>
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="155"/>
        <source>Servidor con errores</source>
        <translation>Server errors</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="156"/>
        <source>Rechazada</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="157"/>
        <source>No autorizada</source>
        <translation>Not authorised</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="29"/>
        <location filename="../../ui/syncing/texts.py" line="158"/>
        <source>Equipo dado de baja</source>
        <translation>Computer revoked</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="24"/>
        <source>Sin servidor configurado</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="25"/>
        <source>Comprobando la conexión…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="26"/>
        <source>En línea</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="28"/>
        <source>Sincronizando…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="30"/>
        <source>El servidor central está fallando</source>
        <translation>The central server is failing</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="81"/>
        <source>Encuesta socioeconómica</source>
        <translation>Socioeconomic survey</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="82"/>
        <source>Solicitud ARCO</source>
        <translation>ARCO request</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="83"/>
        <source>Movimiento de tarjeta</source>
        <translation>Card event</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="159"/>
        <source>Cancelada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="160"/>
        <source>Ocupada</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="161"/>
        <source>Error interno</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="167"/>
        <source>La oficina central dio de baja este equipo y ya no se sincronizará. Lo guardado sigue en este equipo. Pida a su supervisor un nuevo código de inscripción.</source>
        <translation>The central office revoked this computer and it will not sync again. What was saved stays on this computer. Ask your supervisor for a new enrolment code.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="183"/>
        <source>El servidor central respondió con un error. Sus cambios siguen guardados en este equipo: se volverá a intentar solo a partir de las %1, o antes si pulsa Sincronizar ahora.</source>
        <translation>The central server answered with an error. Your changes are still saved on this computer: it will try again by itself from %1, or sooner if you press Sync now.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="192"/>
        <source>El servidor central respondió con errores (%1 veces seguidas). Sus cambios siguen guardados en este equipo: se volverá a intentar solo a partir de las %2, o antes si pulsa Sincronizar ahora.</source>
        <translation>The central server answered with errors (%1 times in a row). Your changes are still saved on this computer: it will try again by itself from %2, or sooner if you press Sync now.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="202"/>
        <source>La dirección del servidor no es válida: debe empezar con https:// (o http://) seguido del nombre del servidor, por ejemplo https://bienestar.ejemplo.gob.mx</source>
        <translation>The server address is not valid: it must start with https:// (or http://) followed by the server&apos;s name, for example https://bienestar.ejemplo.gob.mx</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="212"/>
        <source>El reloj de este equipo está adelantado unos %1 minutos respecto al servidor. Corrija la fecha y la hora del equipo y vuelva a sincronizar.</source>
        <translation>This computer&apos;s clock is about %1 minutes ahead of the server&apos;s. Correct the computer&apos;s date and time, then sync again.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="218"/>
        <source>El reloj de este equipo está atrasado unos %1 minutos respecto al servidor. Corrija la fecha y la hora del equipo y vuelva a sincronizar.</source>
        <translation>This computer&apos;s clock is about %1 minutes behind the server&apos;s. Correct the computer&apos;s date and time, then sync again.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="227"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela para volver a sincronizar; lo guardado sigue en este equipo.</source>
        <translation>The server needs a newer version of this app. Update it to sync again; what was saved stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="232"/>
        <source>El servidor central es más antiguo que esta aplicación y todavía no puede sincronizar con ella. Avise a la oficina central.</source>
        <translation>The central server is older than this app and cannot sync with it yet. Tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="238"/>
        <source>El servidor no se identificó con la llave esperada, así que no se envió nada. Revise la dirección del servidor o avise a la oficina central.</source>
        <translation>The server did not identify itself with the expected key, so nothing was sent. Check the server address or tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="246"/>
        <source>Este equipo no está inscrito con un servidor central.</source>
        <translation>This computer is not enrolled with a central server.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="248"/>
        <source>El servidor no reconoce a este equipo. Inscríbalo de nuevo con un código de la oficina central.</source>
        <translation>The server does not recognise this computer. Enrol it again with a code from the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="254"/>
        <source>Ya hay una sincronización en curso en este equipo.</source>
        <translation>A sync is already running on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="256"/>
        <source>Sincronización cancelada.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="259"/>
        <source>El servidor está ocupado o recibió demasiados intentos. Se volverá a intentar más tarde.</source>
        <translation>The server is busy or received too many attempts. It will be tried again later.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="264"/>
        <source>No se pudo conectar con el servidor. Revise la dirección y la conexión a internet; se volverá a intentar cuando haya conexión.</source>
        <translation>Could not connect to the server. Check the address and the internet connection; it will be tried again when there is a connection.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="271"/>
        <source>La inscripción tardó demasiado o el servidor ya la había recibido. Vuelva a intentarlo; si se repite, avise a la oficina central.</source>
        <translation>The enrolment took too long or the server had already received it. Try again; if it happens again, tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="277"/>
        <source>El código de inscripción no es válido: revise que esté bien escrito. Los códigos vencen y sirven una sola vez; si hace falta, pida uno nuevo.</source>
        <translation>The enrolment code is not valid: check that it is typed correctly. Codes expire and work only once; if needed, ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="283"/>
        <source>Esa dirección no corresponde a un servidor de Bienestar. Revise que esté bien escrita.</source>
        <translation>That address is not a Bienestar server. Check that it is typed correctly.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="289"/>
        <source>El servidor rechazó la solicitud (HTTP %1). Avise a la oficina central.</source>
        <translation>The server refused the request (HTTP %1). Tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="298"/>
        <source>Los datos de este equipo son una copia de los de otro equipo que ya está inscrito (se copió la carpeta de datos o la imagen del disco). Dos copias numerarían los folios igual, así que el servidor no inscribió este equipo y el código no se gastó. Prepare este equipo desde cero, con una carpeta de datos nueva, e inscríbalo; si es el mismo equipo que se inscribe otra vez, pida a la oficina central que antes dé de baja la inscripción anterior.</source>
        <translation>This computer&apos;s data is a copy of another computer&apos;s that is already enrolled (the data folder or the disk image was copied). Two copies would number folios alike, so the server did not enrol this computer and the code was not used up. Set this computer up afresh, with a new data folder, and enrol it; if it is the same computer enrolling again, ask the central office to revoke the old enrolment first.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="310"/>
        <source>Esta dirección usa http:// sin cifrar hacia otro equipo: cualquiera en la red puede ver el tráfico. Los registros viajan sellados, pero pida a la oficina central una dirección https:// si la hay.</source>
        <translation>This address uses unencrypted http:// to another computer: anyone on the network can see the traffic. Records travel sealed, but ask the central office for an https:// address if there is one.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="322"/>
        <source>El servidor central respondió con errores; no se perdió ningún cambio.</source>
        <translation>The central server answered with errors; no change was lost.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="333"/>
        <source>Este equipo no está inscrito con un servidor central. Inscríbalo en Configuración con la dirección del servidor y un código de inscripción.</source>
        <translation>This computer is not enrolled with a central server. Enrol it in Settings with the server address and an enrolment code.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="344"/>
        <source>Quedan %1 cambios por enviar; se enviarán en la próxima sincronización.</source>
        <translation>%1 changes are still to be sent; they will go with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="352"/>
        <source>El servidor rechazó %1 cambios; se conservan en este equipo para que una persona supervisora los revise (vea Sincronización).</source>
        <translation>The server refused %1 changes; they are kept on this computer for a supervisor to review (see Sync).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="360"/>
        <source>Sincronización completa: %1 cambios enviados, %2 registros recibidos.</source>
        <translation>Sync complete: %1 changes sent, %2 records received.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="369"/>
        <source>%1 registros recibidos no se pudieron guardar en este equipo y quedaron apartados para revisión (vea Sincronización).</source>
        <translation>%1 received records could not be saved on this computer and were set aside for review (see Sync).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="320"/>
        <source>No se pudo conectar con el servidor.</source>
        <translation>Could not connect to the server.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="326"/>
        <source>La oficina central dio de baja este equipo.</source>
        <translation>The central office revoked this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/texts.py" line="328"/>
        <source>Se detuvo al bloquear o cerrar la aplicación.</source>
        <translation>Stopped when the app was locked or closed.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/syncing/page.py" line="75"/>
        <source>Estado de la sincronización</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="77"/>
        <source>Aviso sobre la dirección del servidor</source>
        <translation>Notice about the server address</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="78"/>
        <source>Sincronizar ahora (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="80"/>
        <source>Avance de la sincronización</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="83"/>
        <source>Resultado de la sincronización</source>
        <translation>Sync result</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="87"/>
        <source>Historial de sincronizaciones</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="104"/>
        <source>Los cambios que el servidor rechazó no se pierden ni se reenvían solos: se quedan en este equipo. Al corregir y guardar el registro se vuelven a enviar; también puede reintentarlos tal como están o, si es supervisor(a), descartarlos.</source>
        <translation>Changes the server refused are not lost and are not resent by themselves: they stay on this computer. Correcting and saving the record sends them again; you can also retry them as they are or, as a supervisor, discard them.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="110"/>
        <source>Reintentar los seleccionados</source>
        <translation>Retry the selected</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="111"/>
        <source>Reintentar los cambios seleccionados</source>
        <translation>Retry the selected changes</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="112"/>
        <source>Descartar los seleccionados…</source>
        <translation>Discard the selected…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="113"/>
        <source>Descartar los cambios seleccionados</source>
        <translation>Discard the selected changes</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="116"/>
        <source>Resultado de la revisión</source>
        <translation>Outcome of the review</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="120"/>
        <source>Registros recibidos que se apartaron</source>
        <translation>Received records that were set aside</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="131"/>
        <source>Registros que llegaron del servidor pero este equipo no pudo guardar. No detienen la sincronización: se guardan aparte, cifrados, y se vuelven a intentar en cada sincronización. Avise a la oficina central.</source>
        <translation>Records that came from the server but this computer could not save. They do not stop the sync: they are kept apart, encrypted, and tried again at every sync. Tell the central office.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="143"/>
        <source>Sin internet, exporte lo pendiente a una memoria USB para que una persona supervisora lo lleve al servidor; cuando traiga el recibo, impórtelo aquí.</source>
        <translation>Without internet, export the pending work to a USB stick for a supervisor to take to the server; when the receipt comes back, import it here.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="163"/>
        <source>Registros recibidos apartados</source>
        <translation>Received records set aside</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="166"/>
        <source>Por memoria USB</source>
        <translation>By USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="266"/>
        <source>Descartar cambios rechazados</source>
        <translation>Discard refused changes</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="270"/>
        <source>¿Descartar %1 cambios rechazados? No se enviarán nunca al servidor. El registro queda en este equipo tal como está, y el descarte queda en la bitácora.</source>
        <translation>Discard %1 refused changes? They will never be sent to the server. The record stays on this computer as it is, and the discard is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="318"/>
        <location filename="../../ui/syncing/page.py" line="339"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="324"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="328"/>
        <source>Enviados</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="329"/>
        <source>Confirmados</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="330"/>
        <source>Rechazados</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="331"/>
        <source>Recibidos</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="366"/>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="91"/>
        <source>Cambios rechazados por el servidor</source>
        <translation>Changes refused by the server</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="344"/>
        <location filename="../../ui/syncing/page.py" line="371"/>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="350"/>
        <source>Operación</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="355"/>
        <location filename="../../ui/syncing/page.py" line="377"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="150"/>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="156"/>
        <source>Últimas sincronizaciones</source>
        <translation>Recent syncs</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/page.py" line="158"/>
        <source>Cambios rechazados</source>
        <translation>Refused changes</translation>
    </message>
</context>
<context>
    <name>TransitionsDialog</name>
    <message>
        <location filename="../../ui/follow_up.py" line="299"/>
        <source>Transiciones próximas</source>
        <translation>Upcoming transitions</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="308"/>
        <source> días</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="309"/>
        <source>Horizonte en días</source>
        <translation>Horizon in days</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="310"/>
        <source>En los &amp;próximos</source>
        <translation>In the &amp;next</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="312"/>
        <source>&amp;Ver lista</source>
        <translation>&amp;Show list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_up.py" line="331"/>
        <source>Ningún cambio en los próximos %n días.</source>
        <translation>
            <numerusform>No change in the next %n day.</numerusform>
            <numerusform>No change in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="332"/>
        <source>%1 cambios en los próximos %2 días o vencidos.</source>
        <translation>%1 changes in the next %2 days or overdue.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="73"/>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Olvidé mi frase de acceso…</source>
        <translation>I forgot my passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <source>Tiempo de espera</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>Persona usuaria</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="88"/>
        <source>Frase de acceso</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>Bienestar Field</source>
        <translation>Bienestar Field</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso.</source>
        <translation>The data on this computer are encrypted. Choose your name and type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="172"/>
        <source>Escriba su frase de acceso.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="175"/>
        <source>Abriendo los datos cifrados…</source>
        <translation>Opening the encrypted data…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="217"/>
        <source>Podrá intentar de nuevo en %n segundos.</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>Ya puede intentar de nuevo.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/drafts.py" line="189"/>
        <source>Datos sin guardar</source>
        <translation>Unsaved data</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.py" line="194"/>
        <source>&amp;Volver a la captura</source>
        <translation>&amp;Back to typing</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="70"/>
        <source>Primera persona usuaria</source>
        <translation>First user</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72"/>
        <source>La frase de acceso protege los datos de las familias. No la comparta.</source>
        <translation>The passphrase protects the families&apos; data. Do not share it.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80"/>
        <source>Nombre de usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="81"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/i18n.py" line="185"/>
        <source>Mujer</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="186"/>
        <source>Hombre</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="187"/>
        <source>No binario</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="195"/>
        <source>Jefa o jefe del hogar</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="196"/>
        <source>Cónyuge o pareja</source>
        <translation>Spouse or partner</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="197"/>
        <source>Hija o hijo</source>
        <translation>Daughter or son</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="198"/>
        <source>Nieta o nieto</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="199"/>
        <source>Madre o padre</source>
        <translation>Mother or father</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="200"/>
        <source>Hermana o hermano</source>
        <translation>Sister or brother</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="201"/>
        <source>Suegra o suegro</source>
        <translation>Mother- or father-in-law</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="202"/>
        <source>Nuera o yerno</source>
        <translation>Daughter- or son-in-law</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="203"/>
        <source>Otro parentesco</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="204"/>
        <source>Sin parentesco</source>
        <translation>Not related</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="212"/>
        <source>Motriz</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="213"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="214"/>
        <source>Auditiva</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="215"/>
        <source>Del habla</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="216"/>
        <source>Intelectual</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="217"/>
        <source>Psicosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="218"/>
        <source>Múltiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="226"/>
        <source>Preescolar</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="227"/>
        <source>Primaria</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="228"/>
        <source>Secundaria</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="229"/>
        <source>Media superior (bachillerato)</source>
        <translation>Upper secondary (bachillerato)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="230"/>
        <source>Superior</source>
        <translation>Higher education</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="238"/>
        <source>Trabaja</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="239"/>
        <source>Estudia</source>
        <translation>Studies</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="240"/>
        <source>Trabaja y estudia</source>
        <translation>Works and studies</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="241"/>
        <source>No estudia ni trabaja</source>
        <translation>Neither studies nor works</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="242"/>
        <source>Se dedica al hogar</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="243"/>
        <source>Sin dato</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="251"/>
        <source>Servidora o servidor de la nación</source>
        <translation>Caseworker (servidor de la nación)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="252"/>
        <source>Supervisora o supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="253"/>
        <source>Personal de módulo</source>
        <translation>Module office clerk</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="261"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="262"/>
        <source>Enviada</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="263"/>
        <source>Aprobada</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="264"/>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="265"/>
        <source>Baja</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="266"/>
        <source>Suspendida</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="274"/>
        <source>Fallecimiento</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="275"/>
        <source>Cambio de domicilio</source>
        <translation>Change of address</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="276"/>
        <source>A petición de la persona</source>
        <translation>At the person&apos;s request</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="277"/>
        <source>Ya no cumple los requisitos</source>
        <translation>No longer eligible</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="278"/>
        <source>Incumplimiento de corresponsabilidades</source>
        <translation>Conditions not met</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="279"/>
        <source>Cancelación a solicitud (ARCO)</source>
        <translation>Cancelled at the person&apos;s request (ARCO)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="280"/>
        <location filename="../../ui/i18n.py" line="290"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="288"/>
        <source>Se fue a vivir a otro lugar</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="289"/>
        <source>Falleció</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="298"/>
        <source>Asistencia escolar</source>
        <translation>School attendance</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="299"/>
        <source>Cita de salud</source>
        <translation>Health appointment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="300"/>
        <source>Consulta prenatal</source>
        <translation>Prenatal visit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="301"/>
        <source>Visita domiciliaria</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="308"/>
        <source>Hogares</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="309"/>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="310"/>
        <source>Inscripciones</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="311"/>
        <source>Corresponsabilidades</source>
        <translation>Attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="312"/>
        <source>Encuestas socioeconómicas</source>
        <translation>Socioeconomic surveys</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="313"/>
        <source>Solicitudes ARCO</source>
        <translation>ARCO requests</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="314"/>
        <source>Movimientos de tarjeta</source>
        <translation>Card events</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="322"/>
        <source>Cumplió</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="323"/>
        <source>No cumplió</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="325"/>
        <source>Aún no vence</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="326"/>
        <source>No se pide</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="334"/>
        <source>Límite de edad</source>
        <translation>Age limit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="335"/>
        <source>Cambio de nivel escolar</source>
        <translation>School level change</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="336"/>
        <source>Fecha probable de parto</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="344"/>
        <source>Asistió</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="345"/>
        <source>Faltó</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="324"/>
        <location filename="../../ui/i18n.py" line="346"/>
        <source>Justificada</source>
        <translation>Justified</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="347"/>
        <source>Anulada</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="355"/>
        <source>enero</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="356"/>
        <source>febrero</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="357"/>
        <source>marzo</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="358"/>
        <source>abril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="359"/>
        <source>mayo</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="360"/>
        <source>junio</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="361"/>
        <source>julio</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="362"/>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="363"/>
        <source>septiembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="364"/>
        <source>octubre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="365"/>
        <source>noviembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="366"/>
        <source>diciembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="375"/>
        <source>%1 de %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="377"/>
        <source>%1–%2 de %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="384"/>
        <source>cada dos meses</source>
        <translation>every two months</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="386"/>
        <source>al mes</source>
        <translation>a month</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="46"/>
        <source>Bienvenida</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="51"/>
        <source>Este equipo todavía no tiene personas usuarias. En tres pasos va a crear la primera: su nombre, su rol y una frase de acceso que solo usted conozca.

Todo lo que registre se guarda cifrado en este equipo: sin la frase de acceso nadie puede leerlo, aunque se pierda la computadora.</source>
        <translation>This computer has no users yet. In three steps you will create the first one: your name, your role and a passphrase only you know.

Everything you register is stored encrypted on this computer: without the passphrase nobody can read it, even if the computer is lost.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main.py" line="171"/>
        <source>Sesión: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="174"/>
        <source>B&amp;loquear (Ctrl+L)</source>
        <translation>&amp;Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="177"/>
        <source>Cambiar de &amp;usuario</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="179"/>
        <source>Menú</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="186"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="187"/>
        <source>Registrar hogar</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="188"/>
        <source>Inscripción rápida</source>
        <translation>Fast enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="189"/>
        <source>Corresponsabilidades</source>
        <translation>Attendance checks</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="190"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="191"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="192"/>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="193"/>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="194"/>
        <source>Recolección de lotes</source>
        <translation>Batch collection</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="195"/>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/arco_cards.py" line="323"/>
        <source>Escriba la fecha (DD/MM/AAAA).</source>
        <translation>Write the date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../ui/arco_cards.py" line="328"/>
        <source>Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.</source>
        <translation>Write the date as DD/MM/YYYY, for example 07/03/2026.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../casebook/enrolments.py" line="87"/>
        <source>El programa no está en el catálogo.</source>
        <translation>The program is not in the catalog.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="102"/>
        <location filename="../../domain/cards.py" line="145"/>
        <source>Es muy largo: use {maximum} caracteres o menos.</source>
        <translation>It is too long: use {maximum} characters or fewer.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="115"/>
        <source>La fecha de recepción no puede ser posterior a hoy.</source>
        <translation>The date received cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="118"/>
        <source>Escriba lo que la persona solicita.</source>
        <translation>Write what the person asks for.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="121"/>
        <source>Escriba quién recibió la solicitud.</source>
        <translation>Write who received the request.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="125"/>
        <source>Escriba a qué tratamiento de sus datos se opone.</source>
        <translation>Write which processing of their data the person opposes.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="143"/>
        <source>La solicitud ya fue respondida.</source>
        <translation>The request was already answered.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="145"/>
        <source>Elija si se atendió o si es improcedente.</source>
        <translation>Choose whether it was attended or refused.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="148"/>
        <source>Escriba la fecha de respuesta (DD/MM/AAAA).</source>
        <translation>Write the date of the answer (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="152"/>
        <source>La fecha de respuesta no puede ser posterior a hoy.</source>
        <translation>The date of the answer cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="158"/>
        <source>La fecha de respuesta no puede ser anterior a la de recepción.</source>
        <translation>The date of the answer cannot be earlier than the date received.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="164"/>
        <source>Elija la causa legal de improcedencia.</source>
        <translation>Choose the legal ground for the refusal.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="168"/>
        <source>Con «Otra causa legal», escriba en la nota cuál es.</source>
        <translation>With “Another legal ground”, write in the note which one.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="195"/>
        <source>La solicitud no es de cancelación.</source>
        <translation>The request is not a cancellation.</translation>
    </message>
    <message>
        <location filename="../../domain/arco.py" line="197"/>
        <source>El registro de la persona ya está cancelado.</source>
        <translation>The person&apos;s record is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="125"/>
        <source>Escriba solo los últimos cuatro dígitos de la tarjeta (4 números).</source>
        <translation>Type only the card&apos;s last four digits (4 numbers).</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="137"/>
        <source>No escriba números de tarjeta ni de cuenta: solo se registran los últimos cuatro dígitos.</source>
        <translation>Do not type card or account numbers: only the last four digits are recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="160"/>
        <source>La fecha no puede ser anterior a la de nacimiento.</source>
        <translation>The date cannot be earlier than the date of birth.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="166"/>
        <source>La persona ya recibió una tarjeta: registre su extravío o robo y después la reposición.</source>
        <translation>The person already received a card: record its loss or theft, then the replacement.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="173"/>
        <source>La persona no tiene una tarjeta vigente que reportar.</source>
        <translation>The person holds no working card to report.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="179"/>
        <source>Solo se repone una tarjeta reportada como extraviada o robada.</source>
        <translation>Only a card reported lost or stolen is replaced.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="192"/>
        <source>La tarjeta nueva no puede terminar en los mismos cuatro dígitos.</source>
        <translation>The new card cannot end in the same four digits.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="196"/>
        <source>Escriba el lugar de la entrega.</source>
        <translation>Write where the card was delivered.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="201"/>
        <source>Verifique la identificación de la persona y elija cuál presentó.</source>
        <translation>Check the person&apos;s ID and choose which one was presented.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="206"/>
        <source>Elija cómo firmó de recibido: firma o huella.</source>
        <translation>Choose how receipt was acknowledged: signature or fingerprint.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="209"/>
        <source>Un reporte no lleva dígitos de tarjeta.</source>
        <translation>A report carries no card digits.</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="211"/>
        <source>Escriba quién entregó o recibió el reporte.</source>
        <translation>Write who delivered the card or took the report.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="116"/>
        <source>El periodo empieza el {date}.</source>
        <translation>The period starts on {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="122"/>
        <source>Aún no estaba en el programa en este periodo (inscripción del {date}).</source>
        <translation>Not yet in the program in this period (enrolled on {date}).</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="136"/>
        <source>No hay un embarazo registrado (sin fecha probable de parto).</source>
        <translation>No pregnancy is recorded (no due date).</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="141"/>
        <location filename="../../domain/transitions.py" line="249"/>
        <source>La fecha probable de parto ({date}) ya pasó.</source>
        <translation>The due date ({date}) has passed.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="153"/>
        <source>No se pide a los {age} años: solo de {low} a {high} años.</source>
        <translation>Not required at age {age}: only from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="160"/>
        <source>No se pide a los {age} años: solo desde los {low} años.</source>
        <translation>Not required at age {age}: only from age {low}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="163"/>
        <source>No se pide a los {age} años: solo hasta los {high} años.</source>
        <translation>Not required at age {age}: only up to age {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="190"/>
        <source>Asistencia registrada.</source>
        <translation>Attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="192"/>
        <location filename="../../domain/compliance.py" line="218"/>
        <source>Asistió a {done} de {needed} citas.</source>
        <translation>Attended {done} of {needed} appointments.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="196"/>
        <source>Falta justificada.</source>
        <translation>Absence justified.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="199"/>
        <source>Se registró una falta.</source>
        <translation>An absence was recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="201"/>
        <source>Se registró una falta; asistió a {done} de {needed} citas.</source>
        <translation>An absence was recorded; attended {done} of {needed} appointments.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="208"/>
        <source>Lleva {done} de {needed} citas; el periodo termina el {date}.</source>
        <translation>{done} of {needed} appointments so far; the period ends on {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="214"/>
        <source>Sin registro todavía; el periodo termina el {date}.</source>
        <translation>Nothing recorded yet; the period ends on {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="220"/>
        <source>No se registró asistencia en el periodo.</source>
        <translation>No attendance was recorded in the period.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="255"/>
        <source>Ninguna consulta prenatal del calendario vence en este periodo (semana {week} del embarazo).</source>
        <translation>No scheduled prenatal visit falls due in this period (week {week} of pregnancy).</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="279"/>
        <source>Consulta prenatal de las semanas {low} a {high} registrada.</source>
        <translation>Prenatal visit for weeks {low} to {high} recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="284"/>
        <source>Falta justificada a la consulta prenatal de las semanas {low} a {high}.</source>
        <translation>Justified absence from the prenatal visit for weeks {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="288"/>
        <source>La consulta prenatal de las semanas {low} a {high} vence el {date}.</source>
        <translation>The prenatal visit for weeks {low} to {high} is due by {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="294"/>
        <source>Faltó a la consulta prenatal de las semanas {low} a {high}.</source>
        <translation>Missed the prenatal visit for weeks {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/compliance.py" line="297"/>
        <source>No se registró la consulta prenatal de las semanas {low} a {high} (venció el {date}).</source>
        <translation>No prenatal visit was recorded for weeks {low} to {high} (due by {date}).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="139"/>
        <source>La CURP debe tener {expected} caracteres; tiene {length}.</source>
        <translation>The CURP must have {expected} characters; it has {length}.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="149"/>
        <source>Las primeras cuatro letras de la CURP forman una palabra inconveniente que RENAPO nunca asigna (en su lugar la segunda letra es X).</source>
        <translation>The first four letters of the CURP form an offensive word that RENAPO never assigns (the second letter is an X instead).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="158"/>
        <source>La fecha de nacimiento de la CURP (posiciones 5 a 10) queda en el futuro; revise el año y la posición 17, que indica el siglo.</source>
        <translation>The birth date in the CURP (positions 5 to 10) is in the future; check the year and position 17, which gives the century.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="164"/>
        <source>La posición 11 de la CURP (sexo) debe ser H, M o X.</source>
        <translation>Position 11 of the CURP (sex) must be H, M or X.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="171"/>
        <source>Las posiciones 12 y 13 de la CURP no son una clave de entidad de nacimiento (por ejemplo DF, JC, o NE para quien nació en el extranjero).</source>
        <translation>Positions 12 and 13 of the CURP are not a birth state code (for example DF, JC, or NE for someone born abroad).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="181"/>
        <source>El dígito verificador no coincide: la posición 18 no corresponde a los otros 17 caracteres, así que alguno está mal capturado.</source>
        <translation>The check digit does not match: position 18 does not fit the other 17 characters, so one of them was typed wrong.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="291"/>
        <source>La CURP indica un segundo apellido (posiciones 3 y 15), pero no se capturó ninguno.</source>
        <translation>The CURP shows a second surname (positions 3 and 15), but none was typed.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="304"/>
        <source>El primer apellido capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</source>
        <translation>The first surname typed does not match the CURP ({positions}); check it against the birth certificate.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="310"/>
        <source>El segundo apellido capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</source>
        <translation>The second surname typed does not match the CURP ({positions}); check it against the birth certificate.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="315"/>
        <source>El nombre capturado no coincide con la CURP ({positions}); revíselo contra el acta de nacimiento.</source>
        <translation>The given name typed does not match the CURP ({positions}); check it against the birth certificate.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="333"/>
        <source>La CURP solo lleva letras sin acento (sin Ñ) y números; la posición {position} tiene otro carácter.</source>
        <translation>A CURP has only letters without accents (no Ñ) and digits; position {position} has another character.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="343"/>
        <source>Las posiciones 1 a 4 de la CURP deben ser letras (iniciales de los apellidos y del nombre).</source>
        <translation>Positions 1 to 4 of the CURP must be letters (the initials of the surnames and the given name).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="351"/>
        <source>La posición 2 de la CURP debe ser una vocal o X (la primera vocal interna del primer apellido).</source>
        <translation>Position 2 of the CURP must be a vowel or X (the first inner vowel of the first surname).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="359"/>
        <source>Las posiciones 5 a 10 de la CURP deben ser números (la fecha de nacimiento, AAMMDD).</source>
        <translation>Positions 5 to 10 of the CURP must be digits (the birth date, YYMMDD).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="367"/>
        <source>Las posiciones 14 a 16 de la CURP deben ser consonantes o X (consonantes internas de los apellidos y del nombre).</source>
        <translation>Positions 14 to 16 of the CURP must be consonants or X (the inner consonants of the surnames and the given name).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="374"/>
        <source>La posición 18 de la CURP (el dígito verificador) debe ser un número.</source>
        <translation>Position 18 of the CURP (the check digit) must be a digit.</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="393"/>
        <source>Las posiciones 5 a 10 de la CURP no forman una fecha de nacimiento válida (AAMMDD).</source>
        <translation>Positions 5 to 10 of the CURP are not a valid birth date (YYMMDD).</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="460"/>
        <source>posición {position}</source>
        <translation>position {position}</translation>
    </message>
    <message>
        <location filename="../../domain/curp.py" line="462"/>
        <source>posiciones {positions} y {last}</source>
        <translation>positions {positions} and {last}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="85"/>
        <source>el programa</source>
        <translation>the program</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="86"/>
        <source>esta opción</source>
        <translation>this option</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="88"/>
        <source>Vive en una localidad de menos de 1,000 habitantes (rural)</source>
        <translation>Lives in a locality of fewer than 1,000 inhabitants (rural)</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="92"/>
        <source>Es mujer</source>
        <translation>Is a woman</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="93"/>
        <source>Es hombre</source>
        <translation>Is a man</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="94"/>
        <source>Es persona no binaria</source>
        <translation>Is a non-binary person</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="97"/>
        <location filename="../../domain/validation.py" line="53"/>
        <source>mujer</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="98"/>
        <location filename="../../domain/validation.py" line="54"/>
        <source>hombre</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="99"/>
        <source>persona no binaria</source>
        <translation>non-binary</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="102"/>
        <source>mujeres</source>
        <translation>women</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="103"/>
        <source>hombres</source>
        <translation>men</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="104"/>
        <source>personas no binarias</source>
        <translation>non-binary people</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="107"/>
        <source>motriz</source>
        <translation>mobility</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="108"/>
        <source>visual</source>
        <translation>visual</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="109"/>
        <source>auditiva</source>
        <translation>hearing</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="110"/>
        <source>del habla</source>
        <translation>speech</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="111"/>
        <source>intelectual</source>
        <translation>intellectual</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="112"/>
        <source>psicosocial</source>
        <translation>psychosocial</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="113"/>
        <source>múltiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="116"/>
        <source>preescolar</source>
        <translation>preschool</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="117"/>
        <source>primaria</source>
        <translation>primary school</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="118"/>
        <source>secundaria</source>
        <translation>lower secondary school</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="119"/>
        <source>educación media superior</source>
        <translation>upper secondary school</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="120"/>
        <source>educación superior</source>
        <translation>higher education</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="123"/>
        <source>trabaja</source>
        <translation>works</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="124"/>
        <source>estudia</source>
        <translation>studies</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="125"/>
        <source>trabaja y estudia</source>
        <translation>works and studies</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="126"/>
        <source>no estudia ni trabaja</source>
        <translation>neither studies nor works</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="127"/>
        <source>se dedica al hogar</source>
        <translation>looks after the home</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="128"/>
        <source>no tiene ocupación registrada</source>
        <translation>has no occupation recorded</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="130"/>
        <source>indígena</source>
        <translation>Indigenous</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="130"/>
        <source>afromexicana</source>
        <translation>Afro-Mexican</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="140"/>
        <source>pobreza extrema</source>
        <translation>extreme poverty</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="141"/>
        <source>pobreza moderada</source>
        <translation>moderate poverty</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="142"/>
        <source>vulnerable por carencias sociales</source>
        <translation>vulnerable due to social deprivations</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="143"/>
        <source>vulnerable por ingreso</source>
        <translation>vulnerable due to income</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="144"/>
        <source>ni en pobreza ni vulnerable</source>
        <translation>neither poor nor vulnerable</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="147"/>
        <source>personas en pobreza</source>
        <translation>people in poverty</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="148"/>
        <source>personas en pobreza extrema</source>
        <translation>people in extreme poverty</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="154"/>
        <source>Falta la encuesta socioeconómica del hogar</source>
        <translation>The household&apos;s socioeconomic survey is missing</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="155"/>
        <source>La encuesta socioeconómica del hogar no incluye a esta persona</source>
        <translation>The household&apos;s socioeconomic survey does not include this person</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="224"/>
        <source>La encuesta del hogar tiene respuestas que este cuestionario no conoce; no se puede medir la pobreza</source>
        <translation>The household survey has answers this questionnaire does not know; poverty cannot be measured</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="299"/>
        <source>Verificar en campo: {check}</source>
        <translation>To verify in the field: {check}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="315"/>
        <source>Cumple la opción «{option}»: {reasons}</source>
        <translation>Meets the option “{option}”: {reasons}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="323"/>
        <source>No cumple la opción «{option}»: {reasons}</source>
        <translation>Does not meet the option “{option}”: {reasons}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="348"/>
        <source>Tiene {age} ({range})</source>
        <translation>Is {age} ({range})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="353"/>
        <source>Tiene {age}; {scope} es para personas {range}</source>
        <translation>Is {age}; {scope} is for people {range}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="370"/>
        <source>Su sexo registrado es {sex}; {scope} es para {wanted}</source>
        <translation>Registered sex is {sex}; {scope} is for {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="383"/>
        <source>No tiene registrada una discapacidad permanente</source>
        <translation>No permanent disability is recorded</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="385"/>
        <source>La discapacidad registrada no es permanente</source>
        <translation>The recorded disability is not permanent</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="389"/>
        <source>Tiene una discapacidad permanente ({kind})</source>
        <translation>Has a permanent disability ({kind})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="403"/>
        <source>Cuenta con certificado de discapacidad de una institución pública</source>
        <translation>Has a disability certificate from a public institution</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="406"/>
        <source>Falta el certificado de discapacidad de una institución pública de salud</source>
        <translation>The disability certificate from a public health institution is missing</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="415"/>
        <source>No tiene registrado un embarazo</source>
        <translation>No pregnancy is recorded</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="418"/>
        <source>La fecha probable de parto registrada ({date}) ya pasó</source>
        <translation>The recorded due date ({date}) has passed</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="420"/>
        <source>Embarazo con fecha probable de parto el {date}</source>
        <translation>Pregnant, due on {date}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="432"/>
        <source>No tiene registrada una inscripción escolar; {scope} es para {wanted}</source>
        <translation>No school enrolment is recorded; {scope} is for students in {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="439"/>
        <source>Estudia {level}</source>
        <translation>Is in {level}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="443"/>
        <source>Estudia {level}; {scope} es para estudiantes de {wanted}</source>
        <translation>Is in {level}; {scope} is for students in {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="460"/>
        <source>No tiene registrada una inscripción escolar; {scope} lo pide</source>
        <translation>No school enrolment is recorded; {scope} requires one</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="463"/>
        <source>Su escuela es pública</source>
        <translation>Attends a public school</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="466"/>
        <source>Su escuela no es pública; {scope} es para escuelas públicas</source>
        <translation>Does not attend a public school; {scope} is for public schools</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="475"/>
        <source>Ocupación: {occupation}</source>
        <translation>Occupation: {occupation}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="481"/>
        <source>No tiene ocupación registrada; {scope} es para quien {wanted}</source>
        <translation>No occupation is recorded; {scope} is for someone who {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="489"/>
        <source>Ocupación registrada: {occupation}; {scope} es para quien {wanted}</source>
        <translation>Recorded occupation: {occupation}; {scope} is for someone who {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="511"/>
        <source>Se reconoce como persona {identities}</source>
        <translation>Self-identifies as {identities}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="513"/>
        <source>No se reconoce como persona indígena ni afromexicana</source>
        <translation>Does not self-identify as Indigenous or Afro-Mexican</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="522"/>
        <source>Ya recibe {program}</source>
        <translation>Already receives {program}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="529"/>
        <source>No recibe {programs}; {scope} es para quien ya recibe ese programa</source>
        <translation>Does not receive {programs}; {scope} is for people who already receive that program</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="537"/>
        <source>No recibe {programs}; {scope} es para quien ya recibe alguno de ellos</source>
        <translation>Does not receive {programs}; {scope} is for people who already receive one of them</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="556"/>
        <location filename="../../domain/eligibility.py" line="573"/>
        <source>Vive en {place}</source>
        <translation>Lives in {place}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="578"/>
        <source>Falta el domicilio para saber si vive en {places}</source>
        <translation>The address is needed to know whether they live in {places}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="583"/>
        <source>Vive en {place}; {scope} solo opera en {places}</source>
        <translation>Lives in {place}; {scope} only operates in {places}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="591"/>
        <source>Falta el domicilio para saber si la localidad es rural</source>
        <translation>The address is needed to know whether the locality is rural</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="605"/>
        <source>Vive en una localidad urbana ({place}); {scope} es para localidades rurales</source>
        <translation>Lives in an urban locality ({place}); {scope} is for rural localities</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="610"/>
        <source>Vive en una localidad rural ({place})</source>
        <translation>Lives in a rural locality ({place})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="617"/>
        <source>Ya tiene guardería del IMSS o del ISSSTE</source>
        <translation>Already has IMSS or ISSSTE childcare</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="618"/>
        <source>No tiene guardería del IMSS o del ISSSTE</source>
        <translation>Does not have IMSS or ISSSTE childcare</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="627"/>
        <source>Falta el hogar para saber si la madre o el padre trabaja o estudia</source>
        <translation>The household is needed to know whether the mother or father works or studies</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="634"/>
        <source>No se identificó en el hogar a la madre ni al padre (revise el parentesco con la persona jefa del hogar)</source>
        <translation>Neither the mother nor the father was found in the household (check each person&apos;s relationship to the head of the household)</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="642"/>
        <source>Su madre {occupation}</source>
        <translation>Their mother {occupation}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="649"/>
        <source>Su padre, sin pareja en el hogar, {occupation}</source>
        <translation>Their father, with no partner in the household, {occupation}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="656"/>
        <source>En el hogar no hay una madre, ni un padre sin pareja, que {occupations} sin guardería del IMSS o del ISSSTE</source>
        <translation>There is no mother, nor a father without a partner, in the household who {occupations} without IMSS or ISSSTE childcare</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="664"/>
        <source>En el hogar no hay una madre, ni un padre sin pareja, que {occupations}</source>
        <translation>There is no mother, nor a father without a partner, in the household who {occupations}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="707"/>
        <source>La encuesta socioeconómica del hogar está incompleta (falta 1 respuesta); sin ella no se puede medir la pobreza</source>
        <translation>The household&apos;s socioeconomic survey is incomplete (1 answer missing); without it poverty cannot be measured</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="714"/>
        <source>La encuesta socioeconómica del hogar está incompleta (faltan {count} respuestas); sin ellas no se puede medir la pobreza</source>
        <translation>The household&apos;s socioeconomic survey is incomplete ({count} answers missing); without them poverty cannot be measured</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="729"/>
        <source>Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; {deprivations})</source>
        <translation>Household survey: {standing} (income of {income} a month per person; {deprivations})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="739"/>
        <source>Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; {deprivations}); {scope} es para {wanted}</source>
        <translation>Household survey: {standing} (income of {income} a month per person; {deprivations}); {scope} is for {wanted}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="773"/>
        <source>Según la encuesta tiene un ingreso fijo ({sources}); {scope} es para quien no tiene ingreso fijo</source>
        <translation>According to the survey, has a fixed income ({sources}); {scope} is for people without a fixed income</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="781"/>
        <source>Falta en la encuesta si la persona trabaja con seguridad social</source>
        <translation>The survey does not say whether the person works with social security</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="787"/>
        <source>Según la encuesta tiene un trabajo con seguridad social (ingreso fijo); {scope} es para quien no tiene ingreso fijo</source>
        <translation>According to the survey, has a job with social security (a fixed income); {scope} is for people without a fixed income</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="795"/>
        <source>Según la encuesta no tiene ingreso fijo (ni pensión ni trabajo con seguridad social)</source>
        <translation>According to the survey, has no fixed income (no pension and no job with social security)</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="828"/>
        <source>Según la encuesta tiene otros ingresos ({sources}); {scope} es para quien no tiene otros ingresos</source>
        <translation>According to the survey, has other income ({sources}); {scope} is for people without other income</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="836"/>
        <source>Según la encuesta no tiene otros ingresos que los de programas sociales</source>
        <translation>According to the survey, has no income other than from social programs</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="838"/>
        <source>Según la encuesta no tiene ingresos</source>
        <translation>According to the survey, has no income</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="841"/>
        <source>Faltan en la encuesta los ingresos de la persona</source>
        <translation>The survey does not record the person&apos;s income</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="853"/>
        <source>La encuesta registra una fuente de ingreso que el cuestionario no conoce ({code})</source>
        <translation>The survey records an income source the questionnaire does not know ({code})</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="885"/>
        <source>menos de 1 año</source>
        <translation>under 1 year old</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="886"/>
        <source>1 año</source>
        <translation>1 year old</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="886"/>
        <source>{years} años</source>
        <translation>{years} years old</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="891"/>
        <source>de {low} a {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="893"/>
        <source>{low} o más</source>
        <translation>{low} or older</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="894"/>
        <source>menos de {limit}</source>
        <translation>under {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="900"/>
        <source>de {low} a {high} años</source>
        <translation>aged {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="902"/>
        <source>de {low} años o más</source>
        <translation>aged {low} or older</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="903"/>
        <source>menores de {limit} años</source>
        <translation>under {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="913"/>
        <source>ninguna carencia social</source>
        <translation>no social deprivations</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="915"/>
        <source>1 carencia social</source>
        <translation>1 social deprivation</translation>
    </message>
    <message>
        <location filename="../../domain/eligibility.py" line="916"/>
        <source>{count} carencias sociales</source>
        <translation>{count} social deprivations</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="192"/>
        <source>No existe un estado con la clave INEGI «{key}».</source>
        <translation>There is no state with the INEGI key “{key}”.</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="202"/>
        <source>No existe un estado con la clave de la CURP «{code}».</source>
        <translation>There is no state with the CURP code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="218"/>
        <source>No existe el municipio «{key}» en {state}.</source>
        <translation>There is no municipality “{key}” in {state}.</translation>
    </message>
    <message>
        <location filename="../../domain/geography.py" line="235"/>
        <source>La localidad «{key}» no está en el catálogo de {municipality} (solo incluye localidades de 1,000 habitantes o más).</source>
        <translation>The locality “{key}” is not in the catalog for {municipality} (it only lists localities of 1,000 inhabitants or more).</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="34"/>
        <source>La nota es muy larga: use {maximum} caracteres o menos.</source>
        <translation>The note is too long: use {maximum} characters or fewer.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="38"/>
        <source>Con el motivo «Otro», escriba una nota que lo explique.</source>
        <translation>With the reason &quot;Other&quot;, write a note that explains it.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="44"/>
        <source>Escriba la fecha (DD/MM/AAAA).</source>
        <translation>Type the date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../domain/cards.py" line="158"/>
        <location filename="../../domain/life_events.py" line="46"/>
        <source>La fecha no puede ser posterior a hoy.</source>
        <translation>The date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../casebook/cards.py" line="48"/>
        <location filename="../../domain/arco.py" line="112"/>
        <source>La persona no existe en este expediente.</source>
        <translation>The person is not in this casebook.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="51"/>
        <source>La fecha no puede ser anterior al {earliest}.</source>
        <translation>The date cannot be earlier than {earliest}.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="59"/>
        <source>La persona tiene registrada su defunción.</source>
        <translation>The person&apos;s death is on record.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="73"/>
        <source>La defunción de esta persona ya está registrada.</source>
        <translation>This person&apos;s death is already recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="78"/>
        <source>La fecha de defunción no puede ser anterior a la de nacimiento.</source>
        <translation>The date of death cannot be earlier than the date of birth.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="83"/>
        <source>La fecha de defunción no puede ser posterior a hoy.</source>
        <translation>The date of death cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="86"/>
        <source>Escriba la fecha de defunción (DD/MM/AAAA).</source>
        <translation>Type the date of death (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="124"/>
        <source>La persona no es integrante de un hogar.</source>
        <translation>The person is not a member of a household.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="127"/>
        <location filename="../../domain/life_events.py" line="213"/>
        <source>Elija el motivo.</source>
        <translation>Choose the reason.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="159"/>
        <source>Elija el hogar al que se cambia.</source>
        <translation>Choose the household the person moves to.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="161"/>
        <source>La persona ya es integrante de ese hogar.</source>
        <translation>The person is already a member of that household.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="166"/>
        <source>Ese hogar ya tiene jefa o jefe; elija otro parentesco.</source>
        <translation>That household already has a head; choose another relationship.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="170"/>
        <source>Elija el parentesco con la jefa o jefe.</source>
        <translation>Choose the relationship to the head of household.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="207"/>
        <source>Elija baja o suspensión.</source>
        <translation>Choose withdrawal or suspension.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="209"/>
        <source>La inscripción ya está cerrada.</source>
        <translation>The enrolment is already closed.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="211"/>
        <source>La inscripción ya está suspendida.</source>
        <translation>The enrolment is already suspended.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="240"/>
        <source>El domicilio no cambió.</source>
        <translation>The address did not change.</translation>
    </message>
    <message>
        <location filename="../../domain/life_events.py" line="253"/>
        <source>La CURP es la misma que la registrada.</source>
        <translation>The CURP is the same as the one on record.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="52"/>
        <source>El teléfono se pregunta desde los {age} años.</source>
        <translation>The phone number is asked from the age of {age}.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="55"/>
        <source>La ocupación se pregunta desde los {age} años.</source>
        <translation>Occupation is asked from the age of {age}.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="58"/>
        <source>La escuela se pregunta desde los {age} años.</source>
        <translation>School is asked from the age of {age}.</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="64"/>
        <source>El embarazo se registra de los {low} a los {high} años.</source>
        <translation>A pregnancy is recorded from the age of {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="188"/>
        <source>Cumple {age} años el {date}; el programa admite hasta los {limit} años.</source>
        <translation>Turns {age} on {date}; the program admits people up to age {limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="195"/>
        <source>Inscribir en {target} y dar de baja en {program} por edad.</source>
        <translation>Enrol in {target} and withdraw from {program} by age.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="200"/>
        <source>Dar de baja en {program} por edad.</source>
        <translation>Withdraw from {program} by age.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="211"/>
        <source>Cursa un nivel escolar que el programa no cubre.</source>
        <translation>Studies at a school level the program does not cover.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="213"/>
        <source>Revisar la inscripción en {program}: dar de baja o cambiar de programa.</source>
        <translation>Review the enrolment in {program}: withdraw it or change program.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="228"/>
        <source>Termina el último grado del nivel que cubre la beca al fin del ciclo escolar ({date}).</source>
        <translation>Finishes the last grade of the level the scholarship covers at the end of the school year ({date}).</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="234"/>
        <source>Al pasar al siguiente nivel, inscribir en {target} y dar de baja en {program}.</source>
        <translation>On moving up to the next level, enrol in {target} and withdraw from {program}.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="241"/>
        <source>Dar de baja en {program} al terminar el ciclo escolar.</source>
        <translation>Withdraw from {program} at the end of the school year.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="251"/>
        <source>Fecha probable de parto: {date}.</source>
        <translation>Due date: {date}.</translation>
    </message>
    <message>
        <location filename="../../domain/transitions.py" line="253"/>
        <source>Registrar el nacimiento o corregir la fecha probable de parto; revisar el apoyo de {program}.</source>
        <translation>Record the birth or correct the due date; review the support of {program}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="330"/>
        <source>Escriba el nombre de la localidad.</source>
        <translation>Type the name of the locality.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="340"/>
        <source>El código postal debe tener 5 dígitos y ser válido, p. ej. 68000.</source>
        <translation>The postal code must have 5 digits and be a valid one, e.g. 68000.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="351"/>
        <source>Escriba el número exterior, o «{none}» si no tiene.</source>
        <translation>Type the outside number, or “{none}” if there is none.</translation>
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
        <translation>Choose a period from the list.</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="147"/>
        <source>{list} o {item}</source>
        <translation>{list} or {item}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="156"/>
        <source>{list} y {item}</source>
        <translation>{list} and {item}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="165"/>
        <source>{list} ni {item}</source>
        <translation>{list} or {item}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="172"/>
        <source>{list}; {item}</source>
        <translation>{list}; {item}</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="55"/>
        <source>no binario</source>
        <translation>non-binary</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="86"/>
        <source>Escriba el número de teléfono a 10 dígitos.</source>
        <translation>Type the 10-digit phone number.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="90"/>
        <source>El teléfono debe tener solo números: 10 dígitos, p. ej. 55 1234 5678.</source>
        <translation>The phone number must have digits only: 10 digits, e.g. 55 1234 5678.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="95"/>
        <source>Desde 2020 ya no se marcan los prefijos 01, 044 ni 045: escriba solo los 10 dígitos del número.</source>
        <translation>Since 2020 the 01, 044 and 045 prefixes are no longer dialled: type only the 10 digits of the number.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="101"/>
        <source>El teléfono debe tener 10 dígitos; tiene {digits}.</source>
        <translation>The phone number must have 10 digits; it has {digits}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="114"/>
        <source>El número no corresponde a un teléfono válido de México.</source>
        <translation>The number is not a valid Mexican phone number.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="117"/>
        <source>Escriba un teléfono de contacto, no un número 800 o de tarifa especial.</source>
        <translation>Type a contact phone number, not an 800 or premium-rate number.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="151"/>
        <source>Escriba el nombre o los nombres.</source>
        <translation>Type the given name or names.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="153"/>
        <source>Escriba el primer apellido.</source>
        <translation>Type the first surname.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="160"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation>The birth date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="168"/>
        <source>La fecha de nacimiento da {age} años de edad; revísela (el máximo aceptado es {maximum}).</source>
        <translation>The birth date gives an age of {age} years; check it (the maximum accepted is {maximum}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="181"/>
        <source>La entidad de nacimiento no es una clave válida.</source>
        <translation>The birth state is not a valid code.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="199"/>
        <source>La fecha de nacimiento no coincide con la CURP (la CURP indica {date}).</source>
        <translation>The birth date does not match the CURP (the CURP says {date}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="209"/>
        <source>El sexo no coincide con la CURP (la CURP indica {sex}).</source>
        <translation>The sex does not match the CURP (the CURP says {sex}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="221"/>
        <source>La entidad de nacimiento no coincide con la CURP (la CURP indica {place}).</source>
        <translation>The birth state does not match the CURP (the CURP says {place}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="231"/>
        <source>nacimiento en el extranjero</source>
        <translation>born abroad</translation>
    </message>
    <message>
        <location filename="../../domain/questions.py" line="61"/>
        <source>Solo se registra embarazo para personas de sexo mujer o no binario.</source>
        <translation>A pregnancy is only recorded for people whose sex is female or non-binary.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="264"/>
        <source>La fecha probable de parto ({date}) ya pasó; actualice el registro.</source>
        <translation>The expected due date ({date}) has passed; update the record.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="273"/>
        <source>La fecha probable de parto ({date}) está a más de 10 meses.</source>
        <translation>The expected due date ({date}) is more than 10 months away.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="289"/>
        <source>La clave de centro de trabajo (CCT) de la escuela tiene 10 caracteres: 2 números, 3 letras, 4 números y 1 letra, p. ej. 14DPR0001X.</source>
        <translation>The school&apos;s work centre key (CCT) has 10 characters: 2 digits, 3 letters, 4 digits and 1 letter, e.g. 14DPR0001X.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="370"/>
        <source>La persona está registrada en otro hogar.</source>
        <translation>The person is registered in another household.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="378"/>
        <source>Registre al menos a una persona del hogar.</source>
        <translation>Register at least one person of the household.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="385"/>
        <source>Indique quién es la persona jefa del hogar.</source>
        <translation>Say who the head of the household is.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="390"/>
        <source>Solo una persona puede ser jefa del hogar; ya lo es la persona {number}.</source>
        <translation>Only one person can be the head of the household; person {number} already is.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="410"/>
        <source>Esta CURP ya está registrada en este hogar (persona {number}).</source>
        <translation>This CURP is already registered in this household (person {number}).</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="442"/>
        <source>La inscripción es de otra persona.</source>
        <translation>The enrolment belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="444"/>
        <source>La inscripción es de otro programa.</source>
        <translation>The enrolment belongs to another program.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="447"/>
        <source>La persona falleció: no se le puede inscribir.</source>
        <translation>The person has died: they cannot be enrolled.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="458"/>
        <source>Muestre el aviso de privacidad simplificado antes de capturar los datos.</source>
        <translation>Show the simplified privacy notice before capturing the data.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="466"/>
        <source>La persona no aceptó el aviso de privacidad; no se pueden capturar sus datos.</source>
        <translation>The person did not accept the privacy notice; their data cannot be captured.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="472"/>
        <source>Falta registrar cuándo se mostró el aviso de privacidad.</source>
        <translation>When the privacy notice was shown has not been recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="487"/>
        <source>El hogar tiene datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso.</source>
        <translation>The household has sensitive data (health, disability or ethnic origin): express consent is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="515"/>
        <source>El aviso de privacidad se mostró después de capturar la inscripción; debe mostrarse antes.</source>
        <translation>The privacy notice was shown after the enrolment was captured; it must be shown before.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="533"/>
        <source>Este programa usa datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso de la persona.</source>
        <translation>This program uses sensitive data (health, disability or ethnic origin): the person&apos;s express consent is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="543"/>
        <source>El registro tiene datos sensibles (salud, discapacidad u origen étnico): falta el consentimiento expreso de la persona.</source>
        <translation>The record has sensitive data (health, disability or ethnic origin): the person&apos;s express consent is missing.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="574"/>
        <source>Falta el documento: {document}.</source>
        <translation>Missing document: {document}.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="591"/>
        <source>{program} no admite persona auxiliar; la persona beneficiaria debe hacer el trámite.</source>
        <translation>{program} does not accept a representative; the beneficiary must do the paperwork in person.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="602"/>
        <source>Escriba el nombre y el primer apellido de la persona auxiliar.</source>
        <translation>Type the representative&apos;s given name and first surname.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="621"/>
        <source>La persona auxiliar no puede ser la misma persona beneficiaria.</source>
        <translation>The representative cannot be the beneficiary themselves.</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="626"/>
        <source>La persona auxiliar debe ser mayor de edad.</source>
        <translation>The representative must be an adult.</translation>
    </message>
</context>
</TS>
