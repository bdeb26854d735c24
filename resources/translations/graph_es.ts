<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>GraphBridgingPanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="30"/>
        <source>None: the group filter keeps only {field} {group}. Choose Everyone to compare {field} groups.</source>
        <translation>Ninguno: el filtro de grupo solo deja el grupo {group} de {field}. Elija «Todos» para comparar los grupos de {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="35"/>
        <source>No value yet that people from two or more {field} groups moved towards, as of this point of the replay.</source>
        <translation>Todavía no hay ningún valor hacia el que se hayan movido personas de dos o más grupos de {field}, en este punto de la reproducción.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="39"/>
        <source>1 value, ringed in magenta, that people from two or more {field} groups moved towards (voted it the wiser one), as of this point of the replay.</source>
        <translation>1 valor, rodeado en magenta, hacia el que se movieron personas de dos o más grupos de {field} (lo votaron como el más sabio), en este punto de la reproducción.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="43"/>
        <source>{count} values, ringed in magenta, that people from two or more {field} groups moved towards (voted it the wiser one), as of this point of the replay.</source>
        <translation>{count} valores, rodeados en magenta, hacia los que se movieron personas de dos o más grupos de {field} (los votaron como los más sabios), en este punto de la reproducción.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="68"/>
        <source>Ring the values that people from two or more groups of this demographic field moved towards</source>
        <translation>Rodear los valores hacia los que se movieron personas de dos o más grupos de este campo demográfico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="75"/>
        <source>Counting each person&apos;s latest answer in the votes shown (context filter, time slider); people who gave no answer to the field are left out.</source>
        <translation>Cuenta la última respuesta de cada persona en los votos mostrados (filtro de contexto, barra de tiempo); quedan fuera quienes no respondieron a ese campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="80"/>
        <source>Bridging across</source>
        <translation>Puentes entre grupos de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="97"/>
        <source>(off)</source>
        <translation>(desactivado)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_bridging.py" line="112"/>
        <source>Choose a demographic field to ring the values that people from two or more of its groups moved towards: common ground across groups.</source>
        <translation>Elija un campo demográfico para rodear los valores hacia los que se movieron personas de dos o más de sus grupos: terreno común entre grupos.</translation>
    </message>
</context>
<context>
    <name>GraphCard</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="29"/>
        <source>Our PageRank</source>
        <translation>PageRank propio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="30"/>
        <source>MGE PageRank</source>
        <translation>PageRank de MGE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="31"/>
        <source>Bradley-Terry</source>
        <translation>Bradley-Terry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="95"/>
        <source>Where their attention goes</source>
        <translation>A qué prestan atención</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="117"/>
        <source>No votes on this value at this point of the replay.</source>
        <translation>No hay votos sobre este valor en este punto de la reproducción.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="120"/>
        <source>– (not in MGE&apos;s graph yet)</source>
        <translation>– (aún no está en el grafo de MGE)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="124"/>
        <source>Rank {rank} of {ranked}</source>
        <translation>Puesto {rank} de {ranked}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="126"/>
        <source>{rank} by {measure}&lt;br&gt;Our PageRank {ours} · MGE PageRank {mge}&lt;br&gt;Bradley-Terry {bt}{interval}&lt;br&gt;Votes won {won}, lost {lost}</source>
        <translation>{rank} según {measure}&lt;br&gt;PageRank propio {ours} · PageRank de MGE {mge}&lt;br&gt;Bradley-Terry {bt}{interval}&lt;br&gt;Votos ganados {won}, perdidos {lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="139"/>
        <source>&lt;b&gt;Bridging across {field}:&lt;/b&gt; people from {count} {field} groups moved towards this value ({groups}).</source>
        <translation>&lt;b&gt;Puente entre grupos de {field}:&lt;/b&gt; personas de {count} grupos de {field} se movieron hacia este valor ({groups}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="143"/>
        <source>&lt;b&gt;Not bridging across {field}:&lt;/b&gt; only people from {groups} moved towards it so far.</source>
        <translation>&lt;b&gt;Sin puente entre grupos de {field}:&lt;/b&gt; por ahora solo se movieron hacia él personas de {groups}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="147"/>
        <source>&lt;b&gt;Not bridging across {field}:&lt;/b&gt; no {field} group moved towards it so far.</source>
        <translation>&lt;b&gt;Sin puente entre grupos de {field}:&lt;/b&gt; por ahora ningún grupo de {field} se movió hacia él.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="155"/>
        <source>Moving here from</source>
        <translation>Paso a este valor desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="157"/>
        <source>Moving from here to</source>
        <translation>Paso de este valor a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="168"/>
        <source>{value}: {wiser} wiser, {not_wiser} not wiser, {unsure} not sure (kept edge)</source>
        <translation>{value}: más sabio {wiser}, no más sabio {not_wiser}, no lo sé {unsure} (arista conservada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="172"/>
        <source>{value}: {wiser} wiser, {not_wiser} not wiser, {unsure} not sure</source>
        <translation>{value}: más sabio {wiser}, no más sabio {not_wiser}, no lo sé {unsure}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="181"/>
        <source>(on moving from {source} to {target})</source>
        <translation>(sobre el paso de {source} a {target})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="187"/>
        <source>Why, in voters&apos; words</source>
        <translation>Por qué, en palabras de quienes votaron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="199"/>
        <source>Upgrade stories</source>
        <translation>Historias de cambio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="205"/>
        <source>From {source} to {target} (draft)</source>
        <translation>De {source} a {target} (borrador)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_card.py" line="207"/>
        <source>From {source} to {target}</source>
        <translation>De {source} a {target}</translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="70"/>
        <source>No study is open.</source>
        <translation>No hay ningún estudio abierto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="98"/>
        <source>Reading the votes and laying the graph out…</source>
        <translation>Leyendo los votos y distribuyendo el grafo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="150"/>
        <source>Laying the graph out afresh…</source>
        <translation>Distribuyendo el grafo de nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="210"/>
        <source>The graph could not be computed: {problem}</source>
        <translation>No se pudo calcular el grafo: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_controller.py" line="239"/>
        <source>{values} values · {votes} votes counted (a changed mind replaces the earlier answer) · {edges} edges kept by MGE&apos;s filter: at least 2 wiser votes and a clear direction</source>
        <translation>Valores: {values} · votos contados: {votes} (un cambio de opinión sustituye a la respuesta anterior) · aristas que conserva el filtro de MGE (al menos 2 votos «más sabio» y una dirección clara): {edges}</translation>
    </message>
</context>
<context>
    <name>GraphDetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_details_panel.py" line="25"/>
        <source>Point at a value to see its card; click it to keep it here. Larger discs rank higher; arrows point to the value people judged wiser.</source>
        <translation>Señale un valor para ver su tarjeta; haga clic para fijarla aquí. Los discos más grandes ocupan mejores puestos; las flechas apuntan al valor que la gente consideró más sabio.</translation>
    </message>
</context>
<context>
    <name>GraphFilterPanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="32"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="37"/>
        <source>Re-layout</source>
        <translation>Redistribuir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="38"/>
        <source>Lay the whole graph out afresh (values will move)</source>
        <translation>Distribuir de nuevo todo el grafo (los valores se moverán)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="41"/>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="44"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="44"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="45"/>
        <source>As PNG…</source>
        <translation>Como PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="46"/>
        <source>As SVG…</source>
        <translation>Como SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="50"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="52"/>
        <source>Size by</source>
        <translation>Tamaño según</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="84"/>
        <source>All contexts ({count} votes)</source>
        <translation>Todos los contextos ({count} votos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="98"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_filter_panel.py" line="109"/>
        <source>Export the graph picture</source>
        <translation>Exportar la imagen del grafo</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="46"/>
        <source>Moral graph</source>
        <translation>Grafo moral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="47"/>
        <source>Values are nodes, wiser-than votes are edges. Watch the graph grow, rank it and export it for analysis.</source>
        <translation>Los valores son nodos y los votos «más sabio que», aristas. Vea crecer el grafo, ordénelo y expórtelo para el análisis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="60"/>
        <source>No wiser-than votes in this study yet. The graph appears here as participants vote; an online MGE run can be brought in with
{command} --kind mge-cards, then --kind mge-votes.</source>
        <translation>Todavía no hay votos «más sabio que» en este estudio. El grafo aparece aquí a medida que votan los participantes; una sesión de MGE en línea se puede importar con
{command} --kind mge-cards y después --kind mge-votes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="73"/>
        <source>Ranking of the values shown</source>
        <translation>Clasificación de los valores mostrados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="74"/>
        <source>Card of the chosen value</source>
        <translation>Tarjeta del valor elegido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_page.py" line="152"/>
        <source>Saved the picture to {path}</source>
        <translation>Imagen guardada en {path}</translation>
    </message>
</context>
<context>
    <name>GraphRankingModel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="32"/>
        <source>MGE PR</source>
        <translation>PR MGE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="33"/>
        <source>B-T [95%]</source>
        <translation>B-T [95 %]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="33"/>
        <source>W/L</source>
        <translation>G/P</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="33"/>
        <source>Bridging</source>
        <translation>Puente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="35"/>
        <source>Rank by the measure the discs are sized by</source>
        <translation>Puesto según la medida que da tamaño a los discos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="35"/>
        <source>The value&apos;s title</source>
        <translation>El título del valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="36"/>
        <source>Our PageRank (dangling values keep their rank)</source>
        <translation>PageRank propio (los valores sin enlaces de salida conservan su puntuación)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="37"/>
        <source>PageRank as MGE computes it (– : not on an edge MGE&apos;s filter kept)</source>
        <translation>PageRank tal como lo calcula MGE (–: no está en ninguna arista que conserve el filtro de MGE)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="38"/>
        <source>Bradley-Terry log-strength and its bootstrap 95% interval (… while computed)</source>
        <translation>Fuerza logarítmica de Bradley-Terry y su intervalo bootstrap del 95 % (… mientras se calcula)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="40"/>
        <source>Votes the value won and lost</source>
        <translation>Votos que el valor ganó y perdió</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_ranking_model.py" line="41"/>
        <source>How many groups of the chosen field moved towards the value, and which (shown when two or more did)</source>
        <translation>Cuántos grupos del campo elegido se movieron hacia el valor, y cuáles (se muestra cuando lo hicieron dos o más)</translation>
    </message>
</context>
<context>
    <name>GraphTimelinePanel</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="22"/>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="80"/>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="25"/>
        <source>Replay how the graph grew, vote by vote</source>
        <translation>Reproducir cómo creció el grafo, voto a voto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="29"/>
        <source>Votes counted</source>
        <translation>Votos contados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="30"/>
        <source>Move back to see the graph as it was earlier</source>
        <translation>Retroceda para ver el grafo como era antes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="33"/>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="66"/>
        <source>Vote {step} of {total}</source>
        <translation>Voto {step} de {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="65"/>
        <source>Vote {step} of {total} · {when}</source>
        <translation>Voto {step} de {total} · {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="80"/>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/graph/graph_timeline_panel.py" line="102"/>
        <source>%d %b %Y %H:%M</source>
        <comment>strftime format of a vote&apos;s time</comment>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../desktop/ui/graph/graph_view.py" line="258"/>
        <source>Moral graph</source>
        <translation>Grafo moral</translation>
    </message>
</context>
</TS>
