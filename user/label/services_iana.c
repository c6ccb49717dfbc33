/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * GENERATED FILE - do not edit; regenerate with scripts/gen-services.py
 *
 * Source:   /usr/share/wireshark/services
 * Package:  libwireshark-data 4.0.17-0+deb12u3
 * SHA-256:  da3a8744fd6bb3feb2d98f7fb44ca88133c5d2ec16ae4150555da12ebdeaf49a
 * Registry: IANA Service Name and Transport Protocol Port Number Registry,
 *           https://www.iana.org/assignments/service-names-port-numbers
 * Date:     2026-11-25
 *
 * TCP and UDP entries only (sctp/dccp dropped). When the registry names
 * the same port/proto more than once, the first name in file order wins.
 * 6251 entries, 58587-byte name pool.
 */

#include "label/labels.h"

#define T SERVICES_IANA_TCP
#define U SERVICES_IANA_UDP
#define TU (SERVICES_IANA_TCP | SERVICES_IANA_UDP)

const char services_iana_pool[] = __extension__
	"\000"
	"1ci-smcs\000"
	"2ping\000"
	"3Com-nsd\000"
	"3com-amp3\000"
	"3com-net-mgmt\000"
	"3com-njack-1\000"
	"3com-njack-2\000"
	"3com-tsmux\000"
	"3com-webview\000"
	"3comfaxrpc\000"
	"3comnetman\000"
	"3d-nfsd\000"
	"3ds-lm\000"
	"3exmp\000"
	"3gpp-cbsp\000"
	"3gpp-monp\000"
	"3l-l1\000"
	"3link\000"
	"3m-image-lm\000"
	"3par-evts\000"
	"3par-mgmt\000"
	"3par-mgmt-ssl\000"
	"3par-rcopy\000"
	"4-tieropmcli\000"
	"4-tieropmgw\000"
	"4talk\000"
	"5afe-dir\000"
	"5afe-disc\000"
	"6a44\000"
	"802-11-iapp\000"
	"914c-g\000"
	"9pfs\000"
	"Apple-Remote-De\000"
	"BESApi\000"
	"CAIlic\000"
	"CardWeb-IO\000"
	"CardWeb-RT\000"
	"DMExpress\000"
	"Escale-(Newton\000"
	"EtherNet-IP-1\000"
	"EtherNet-IP-2\000"
	"LiebDevMgmt-A\000"
	"LiebDevMgmt-C\000"
	"LiebDevMgmt-DM\000"
	"MOS-aux\000"
	"MOS-lower\000"
	"MOS-soap\000"
	"MOS-soap-opt\000"
	"MOS-upper\000"
	"MaxumSP\000"
	"MobilitySrv\000"
	"PS-Capture-Pro\000"
	"PS-Server\000"
	"PowerAlert-nsa\000"
	"RDCenter\000"
	"SunVTS-RMI\000"
	"XSIP-network\000"
	"XmlIpcRegSvc\000"
	"a-trust-rpc\000"
	"a1-bs\000"
	"a1-msc\000"
	"a13-an\000"
	"a14\000"
	"a15\000"
	"a16-an-an\000"
	"a17-an-an\000"
	"a21-an-1xbs\000"
	"a26-fap-fgw\000"
	"a27-ran-ran\000"
	"a3-sdunode\000"
	"a4-sdunode\000"
	"aairnet-1\000"
	"aairnet-2\000"
	"aal-lm\000"
	"aamp\000"
	"abacus-remote\000"
	"abatemgr\000"
	"abatjss\000"
	"abb-escp\000"
	"abb-hw\000"
	"abbaccuray\000"
	"abbs\000"
	"abcsoftware\000"
	"abcvoice-port\000"
	"about\000"
	"abr-api\000"
	"abr-secure\000"
	"ac-cluster\000"
	"ac-tech\000"
	"acap\000"
	"acas\000"
	"acc-raid\000"
	"accel\000"
	"accelenet\000"
	"accelenet-data\000"
	"accessbuilder\000"
	"accessnetwork\000"
	"accord-mgc\000"
	"acctopus-cc\000"
	"acctopus-st\000"
	"accu-lmgr\000"
	"accuracer\000"
	"accuracer-dbms\000"
	"acd-pm\000"
	"ace-client\000"
	"ace-proxy\000"
	"ace-server\000"
	"ace-svr-prop\000"
	"acis\000"
	"acl-manager\000"
	"acmaint-dbd\000"
	"acmaint-transd\000"
	"acme\000"
	"acmsoda\000"
	"acp-conduit\000"
	"acp-discovery\000"
	"acp-policy\000"
	"acp-port\000"
	"acp-proto\000"
	"acplt\000"
	"acptsys\000"
	"acr-nema\000"
	"acronis-backup\000"
	"acter\000"
	"actifio-c2c\000"
	"actifioreplic\000"
	"actifioudsagent\000"
	"activememory\000"
	"activesync\000"
	"actnet\000"
	"ada-cip\000"
	"adap\000"
	"adapt-sna\000"
	"adaptecmgr\000"
	"adcp\000"
	"adi-gxp-srvprt\000"
	"admins-lms\000"
	"adobeserver-1\000"
	"adobeserver-2\000"
	"adobeserver-3\000"
	"adobeserver-4\000"
	"adobeserver-5\000"
	"adrep\000"
	"ads-s\000"
	"adtech-test\000"
	"adtempusclient\000"
	"advant-lm\000"
	"adws\000"
	"aed-512\000"
	"aegate\000"
	"aequus\000"
	"aequus-alt\000"
	"aero\000"
	"aeroflight-ads\000"
	"aeroflight-ret\000"
	"aes-discovery\000"
	"aes-x170\000"
	"aesop\000"
	"afesc-mc\000"
	"affiliate\000"
	"afore-vdp-disc\000"
	"afpovertcp\000"
	"afrog\000"
	"afs3-bos\000"
	"afs3-callback\000"
	"afs3-errors\000"
	"afs3-fileserver\000"
	"afs3-kaserver\000"
	"afs3-prserver\000"
	"afs3-rmtsys\000"
	"afs3-update\000"
	"afs3-vlserver\000"
	"afs3-volser\000"
	"aftmux\000"
	"ag-swim\000"
	"agcat\000"
	"agentsease-db\000"
	"agentview\000"
	"agentx\000"
	"agma\000"
	"agpolicy\000"
	"agps-port\000"
	"agri-gateway\000"
	"agriserver\000"
	"agslb\000"
	"ah-esp-encap\000"
	"ahsp\000"
	"aiagent\000"
	"aibkup\000"
	"aic-np\000"
	"aic-oncrpc\000"
	"aicc-cmi\000"
	"aigairserver\000"
	"ailith\000"
	"aimpp-hello\000"
	"aimpp-port-req\000"
	"aipn-auth\000"
	"aipn-reg\000"
	"aironetddp\000"
	"airs\000"
	"airshot\000"
	"airsync\000"
	"ais-met\000"
	"aises\000"
	"aja-ntv4-disc\000"
	"aker-cdp\000"
	"alaris-disc\000"
	"alarm-clock-c\000"
	"alarm-clock-s\000"
	"alchemy\000"
	"alesquery\000"
	"alfin\000"
	"alias\000"
	"alljoyn\000"
	"alljoyn-mcm\000"
	"alljoyn-stm\000"
	"allpeers\000"
	"allstorcns\000"
	"almobile-system\000"
	"alpes\000"
	"alpha-sms\000"
	"alphatech-lm\000"
	"alta-ana-lm\000"
	"altalink\000"
	"altav-remmgt\000"
	"altav-tunnel\000"
	"altbsdp\000"
	"altcp\000"
	"altova-lm\000"
	"altova-lm-disc\000"
	"altovacentral\000"
	"altserviceboot\000"
	"amahi-anywhere\000"
	"amanda\000"
	"amberon\000"
	"ambit-lm\000"
	"amc\000"
	"amcs\000"
	"amdsched\000"
	"ami-control\000"
	"amicon-fpsu-ra\000"
	"amicon-fpsu-s\000"
	"amiganetfs\000"
	"aminet\000"
	"ampify\000"
	"ampl-lic\000"
	"ampl-tableproxy\000"
	"ampr-info\000"
	"ampr-inter\000"
	"ampr-rcmd\000"
	"amqp\000"
	"amqps\000"
	"amt\000"
	"amt-blc-port\000"
	"amt-cnf-prot\000"
	"amt-esd-prot\000"
	"amt-redir-tcp\000"
	"amt-redir-tls\000"
	"amt-soap-http\000"
	"amt-soap-https\000"
	"amx-axbnet\000"
	"amx-icsp\000"
	"amx-rms\000"
	"amx-webadmin\000"
	"amx-weblinx\000"
	"an-pcp\000"
	"an-signaling\000"
	"anet-b\000"
	"anet-h\000"
	"anet-l\000"
	"anet-m\000"
	"anoto-rendezv\000"
	"ans-console\000"
	"ansanotify\000"
	"ansatrader\000"
	"ansoft-lm-1\000"
	"ansoft-lm-2\000"
	"answersoft-lm\000"
	"ansys-lm\000"
	"ansysli\000"
	"ansyslmd\000"
	"anthony-data\000"
	"antidotemgrsvr\000"
	"aoc-acars\000"
	"aocp\000"
	"aodv\000"
	"aol\000"
	"aol-1\000"
	"aol-2\000"
	"aol-3\000"
	"apani1\000"
	"apani2\000"
	"apani3\000"
	"apani4\000"
	"apani5\000"
	"apc-2160\000"
	"apc-2161\000"
	"apc-2260\000"
	"apc-3052\000"
	"apc-3506\000"
	"apc-5454\000"
	"apc-5455\000"
	"apc-5456\000"
	"apc-6547\000"
	"apc-6548\000"
	"apc-6549\000"
	"apc-7845\000"
	"apc-7846\000"
	"apc-9950\000"
	"apc-9951\000"
	"apc-9952\000"
	"apc-necmp\000"
	"apcupsd\000"
	"apdap\000"
	"apertus-ldp\000"
	"apex-edge\000"
	"apex-mesh\000"
	"aplx\000"
	"apm-link\000"
	"apocd\000"
	"apogeex-port\000"
	"apollo-admin\000"
	"apollo-cc\000"
	"apollo-data\000"
	"apollo-gms\000"
	"apollo-relay\000"
	"apollo-status\000"
	"apparenet-as\000"
	"apparenet-tps\000"
	"apparenet-ts\000"
	"apparenet-ui\000"
	"appiq-mgmt\000"
	"apple-licman\000"
	"apple-sasl\000"
	"apple-vpns-rp\000"
	"appleqtc\000"
	"appleqtcsrvr\000"
	"appleugcontrol\000"
	"appliance-cfg\000"
	"applix\000"
	"applus\000"
	"applusservice\000"
	"appman-server\000"
	"appserv-http\000"
	"appserv-https\000"
	"appss-lm\000"
	"appswitch-emp\000"
	"appworxsrv\000"
	"apri-lm\000"
	"aprigo-cs\000"
	"apsolab-col\000"
	"apsolab-cols\000"
	"apsolab-data\000"
	"apsolab-rpc\000"
	"apsolab-tag\000"
	"apsolab-tags\000"
	"apw-registry\000"
	"apwi-disc\000"
	"apwi-imserver\000"
	"apwi-rxserver\000"
	"apwi-rxspooler\000"
	"apx500api-1\000"
	"apx500api-2\000"
	"arbortext-lm\000"
	"arca-api\000"
	"arcisdms\000"
	"arcp\000"
	"arcpd\000"
	"ardt\000"
	"ardus-cntl\000"
	"ardus-mtrns\000"
	"ardus-trns\000"
	"ardusmul\000"
	"ardusuni\000"
	"areaguard-neo\000"
	"arena-server\000"
	"arepa-cas\000"
	"arepa-raft\000"
	"argis-ds\000"
	"argis-te\000"
	"aria\000"
	"ariascribe\000"
	"ariel1\000"
	"ariel2\000"
	"ariel3\000"
	"aries-kfinder\000"
	"ariliamulti\000"
	"aritts\000"
	"arkivio\000"
	"armadp\000"
	"armagetronad\000"
	"armcenterhttp\000"
	"armcenterhttps\000"
	"armi-server\000"
	"armtechdaemon\000"
	"arns\000"
	"array-manager\000"
	"ars-master\000"
	"ars-vista\000"
	"artifact-msg\000"
	"aruba-papi\000"
	"aruba-server\000"
	"as-debug\000"
	"as-servermap\000"
	"asa\000"
	"asa-gateways\000"
	"asam\000"
	"asap-tcp\000"
	"asap-tcp-tls\000"
	"asap-udp\000"
	"asc-slmd\000"
	"asci-val\000"
	"ascomalarm\000"
	"asctrl-agent\000"
	"asdis\000"
	"asf-rmcp\000"
	"asf-secure-rmcp\000"
	"asgcypresstcps\000"
	"asgenf\000"
	"asi\000"
	"asia\000"
	"asihpi\000"
	"asip-webadmin\000"
	"asipregistry\000"
	"asmgcs\000"
	"asmp\000"
	"asmp-mon\000"
	"asmps\000"
	"asnaacceler8db\000"
	"asoki-sma\000"
	"aspcoordination\000"
	"aspeclmd\000"
	"aspen-services\000"
	"aspentec-lm\000"
	"asprovatalk\000"
	"asr\000"
	"assoc-disc\000"
	"assuria-ins\000"
	"assuria-slm\000"
	"assyst-dr\000"
	"astergate\000"
	"astergate-disc\000"
	"astergatefax\000"
	"asterix\000"
	"astrolink\000"
	"astronova-main\000"
	"at-3\000"
	"at-5\000"
	"at-7\000"
	"at-8\000"
	"at-echo\000"
	"at-nbp\000"
	"at-rtmp\000"
	"at-zis\000"
	"atc-appserver\000"
	"atc-lm\000"
	"atex-elmd\000"
	"athand-mmp\000"
	"ati-ip-to-ncpe\000"
	"atlinks\000"
	"atm-uhas\000"
	"atm-zip-office\000"
	"atmp\000"
	"atmtcp\000"
	"ats-acars\000"
	"ats-atn\000"
	"atsc-mh-ssc\000"
	"att-mt-sms\000"
	"attachmate-g32\000"
	"attachmate-s2s\000"
	"attachmate-uts\000"
	"attune\000"
	"atul\000"
	"audio-activmail\000"
	"audiojuggler\000"
	"audit-transfer\000"
	"auditd\000"
	"aura\000"
	"auriga-router\000"
	"auris\000"
	"aurora\000"
	"aurora-balaena\000"
	"aurora-cmgr\000"
	"aurp\000"
	"authentx\000"
	"autobuild\000"
	"autocueds\000"
	"autocuelog\000"
	"autocuesmi\000"
	"autocuetime\000"
	"autodesk-lm\000"
	"autodesk-nlm\000"
	"autonoc\000"
	"autopac\000"
	"autopassdaemon\000"
	"autotrac-acp\000"
	"av-emb-config\000"
	"availant-mgr\000"
	"avantageb2b\000"
	"avanti-cdp\000"
	"avauthsrvprtcl\000"
	"avdecc\000"
	"avenue\000"
	"avenyo\000"
	"avesterra\000"
	"avi-nms\000"
	"avi-nms-disc\000"
	"avian\000"
	"avinstalldisc\000"
	"aviva-sna\000"
	"avocent-adsap\000"
	"avocent-proxy\000"
	"avsecuremgmt\000"
	"avt-profile-1\000"
	"avt-profile-2\000"
	"awacs-ice\000"
	"awg-proxy\000"
	"aws-as2\000"
	"aws-brf\000"
	"aws-wsp\000"
	"axio-disc\000"
	"axis-wimp-port\000"
	"axon-lm\000"
	"axon-tunnel\000"
	"axysbridge\000"
	"ayiya\000"
	"azeti\000"
	"azeti-bd\000"
	"aztec\000"
	"b-novative-ls\000"
	"b2-license\000"
	"b2-runtime\000"
	"b2n\000"
	"babel\000"
	"babel-dtls\000"
	"backburner\000"
	"backroomnet\000"
	"backup-express\000"
	"backupedge\000"
	"bacnet\000"
	"bacula-dir\000"
	"bacula-fd\000"
	"bacula-sd\000"
	"badm-priv\000"
	"badm-pub\000"
	"bandwiz-system\000"
	"banyan-net\000"
	"banyan-rpc\000"
	"banyan-vip\000"
	"barracuda-bbs\000"
	"batman\000"
	"bb\000"
	"bbars\000"
	"bbn-mmc\000"
	"bbn-mmx\000"
	"bccp\000"
	"bcinameservice\000"
	"bcs\000"
	"bcs-broker\000"
	"bcs-lmserver\000"
	"bcslogc\000"
	"bctp\000"
	"bctp-server\000"
	"bdir-priv\000"
	"bdir-pub\000"
	"bdp\000"
	"beacon-port\000"
	"beacon-port-2\000"
	"bears-01\000"
	"bears-02\000"
	"beeyond\000"
	"beeyond-media\000"
	"beorl\000"
	"berknet\000"
	"beserver-msg-q\000"
	"bess\000"
	"bex-webadmin\000"
	"bex-xr\000"
	"beyond-remote\000"
	"bf-game\000"
	"bf-master\000"
	"bfd-control\000"
	"bfd-echo\000"
	"bfd-lag\000"
	"bfd-multi-ctl\000"
	"bflckmgr\000"
	"bftp\000"
	"bgmp\000"
	"bgp\000"
	"bgs-nsi\000"
	"bh611\000"
	"bhevent\000"
	"bhfhs\000"
	"bhmds\000"
	"biap-mp\000"
	"bid-serv\000"
	"bif-p2p\000"
	"biimenu\000"
	"bilobit\000"
	"bilobit-update\000"
	"bim-pem\000"
	"binderysupport\000"
	"bingbang\000"
	"binkp\000"
	"bintec-admin\000"
	"bintec-capi\000"
	"bintec-tapi\000"
	"biolink-auth\000"
	"bioserver\000"
	"biotic\000"
	"bip\000"
	"bis-sync\000"
	"bis-web\000"
	"bitforestsrv\000"
	"bitspeer\000"
	"bl-idm\000"
	"blackboard\000"
	"blackjack\000"
	"blaze\000"
	"blizwow\000"
	"blockade\000"
	"blockade-bpsp\000"
	"blocks\000"
	"blp1\000"
	"blp2\000"
	"blp3\000"
	"blp4\000"
	"blp5\000"
	"blueberry-lm\000"
	"bluectrlproxy\000"
	"bluelance\000"
	"blwnkl-port\000"
	"bmap\000"
	"bmc-ar\000"
	"bmc-ctd-ldap\000"
	"bmc-data-coll\000"
	"bmc-ea\000"
	"bmc-gms\000"
	"bmc-grx\000"
	"bmc-jmx-port\000"
	"bmc-messaging\000"
	"bmc-net-adm\000"
	"bmc-net-svc\000"
	"bmc-onekey\000"
	"bmc-patroldb\000"
	"bmc-perf-agent\000"
	"bmc-perf-mgrd\000"
	"bmc-perf-sd\000"
	"bmc-reporting\000"
	"bmcpatrolagent\000"
	"bmcpatrolrnvu\000"
	"bmdss\000"
	"bmpp\000"
	"bnetfile\000"
	"bnetgame\000"
	"bngsync\000"
	"bnt-manager\000"
	"board-roar\000"
	"board-voip\000"
	"boinc-client\000"
	"boks\000"
	"boks-clntd\000"
	"boks-servc\000"
	"boks-servm\000"
	"boldsoft-lm\000"
	"bolt\000"
	"bones\000"
	"boomerang\000"
	"boosterware\000"
	"bootclient\000"
	"bootpc\000"
	"bootps\000"
	"bootserver\000"
	"borland-dsj\000"
	"boscap\000"
	"bosswave\000"
	"bounzza\000"
	"boxbackupstore\000"
	"boxp\000"
	"bpcd\000"
	"bpcp-poll\000"
	"bpcp-trap\000"
	"bpdbm\000"
	"bpjava-msvc\000"
	"bpmd\000"
	"bprd\000"
	"br-channel\000"
	"brain\000"
	"brcd\000"
	"brcd-vr-req\000"
	"brcm-comm-port\000"
	"brdptc\000"
	"bre\000"
	"brf-gw\000"
	"bridgecontrol\000"
	"brightcore\000"
	"brlp-0\000"
	"brlp-1\000"
	"brlp-2\000"
	"brlp-3\000"
	"broker-service\000"
	"brp\000"
	"bruce\000"
	"brutus\000"
	"brvread\000"
	"bsfserver-zn\000"
	"bsfsvr-zn-ssl\000"
	"bspne-pcc\000"
	"bsquare-voip\000"
	"btpp2audctr1\000"
	"btpp2sectrans\000"
	"btprjctrl\000"
	"btrieve\000"
	"bts-appserver\000"
	"bts-x73\000"
	"buddy-draw\000"
	"bues-service\000"
	"bullant-rap\000"
	"bullant-srap\000"
	"burp\000"
	"busboy\000"
	"buschtrommel\000"
	"busycal\000"
	"bv-agent\000"
	"bv-ds\000"
	"bv-is\000"
	"bv-queryengine\000"
	"bv-smcsrv\000"
	"bvcdaemon-port\000"
	"bvcontrol\000"
	"bveapi\000"
	"bvtsonar\000"
	"bxp\000"
	"bytex\000"
	"bzflag\000"
	"bzr\000"
	"c-h-it-port\000"
	"c1222-acse\000"
	"c3\000"
	"ca-1\000"
	"ca-2\000"
	"ca-audit-da\000"
	"ca-audit-ds\000"
	"ca-idms\000"
	"ca-web-update\000"
	"caaclang2\000"
	"caacws\000"
	"cab-protocol\000"
	"cableport-ax\000"
	"cabsm-comm\000"
	"caci-lm\000"
	"cacsambroker\000"
	"cadabra-lm\000"
	"cadencecontrol\000"
	"cadis-1\000"
	"cadis-2\000"
	"cadkey-licman\000"
	"cadkey-tablet\000"
	"cadlock\000"
	"cadlock2\000"
	"cadsi-lm\000"
	"cadsisvr\000"
	"cadview-3d\000"
	"caerpc\000"
	"caevms\000"
	"caicci\000"
	"caiccipc\000"
	"caids-sensor\000"
	"caistoragemgr\000"
	"cajo-discovery\000"
	"caldsoft-backup\000"
	"call-logging\000"
	"call-sig-trans\000"
	"caller9\000"
	"calltrax\000"
	"callwaveiam\000"
	"camac\000"
	"cambertx-lm\000"
	"camp\000"
	"can-dch\000"
	"can-ferret\000"
	"can-ferret-ssl\000"
	"can-nds\000"
	"can-nds-ssl\000"
	"canditv\000"
	"candp\000"
	"candrp\000"
	"canex-watch\000"
	"canit-store\000"
	"canocentral0\000"
	"canocentral1\000"
	"canon-bjnp1\000"
	"canon-bjnp2\000"
	"canon-bjnp3\000"
	"canon-bjnp4\000"
	"canon-capt\000"
	"canon-cpp-disc\000"
	"canon-mfnp\000"
	"canto-roboflow\000"
	"capfast-lmd\000"
	"capioverlan\000"
	"capmux\000"
	"caps-lm\000"
	"capwap-control\000"
	"capwap-data\000"
	"carb-repl-ctrl\000"
	"cardax\000"
	"cardbox\000"
	"cardbox-http\000"
	"cardifftec-back\000"
	"carrius-rshell\000"
	"cart-o-rama\000"
	"cartographerxmp\000"
	"cas-mapi\000"
	"casanswmgmt\000"
	"casp\000"
	"caspssl\000"
	"casrmagent\000"
	"castorproxy\000"
	"catalyst\000"
	"catchpole\000"
	"caupc-remote\000"
	"cautcpd\000"
	"cawas\000"
	"cba8\000"
	"cbos-ip-port\000"
	"cbp\000"
	"cbserver\000"
	"cbt\000"
	"cc-tracking\000"
	"ccag-pib\000"
	"ccm-port\000"
	"ccmad\000"
	"ccmail\000"
	"ccmcomm\000"
	"ccmrmi\000"
	"ccnx\000"
	"ccowcmr\000"
	"ccs-software\000"
	"ccss-qmm\000"
	"ccss-qsm\000"
	"cctv-port\000"
	"ccu-comm-1\000"
	"ccu-comm-2\000"
	"ccu-comm-3\000"
	"cd3o-protocol\000"
	"cdbroker\000"
	"cdc\000"
	"cddbp-alt\000"
	"cdfunc\000"
	"cdid\000"
	"cdl-server\000"
	"cdn\000"
	"cds\000"
	"cecsvc\000"
	"cedros-fds\000"
	"cefd-vmp\000"
	"celatalk\000"
	"centerline\000"
	"centra\000"
	"ceph\000"
	"cequint-cityid\000"
	"cera-bcm\000"
	"cernsysmgmtagt\000"
	"cert-initiator\000"
	"cert-responder\000"
	"cesdcdman\000"
	"cesdcdtrn\000"
	"cesdinv\000"
	"cfdptkt\000"
	"cfengine\000"
	"cfg-cloud\000"
	"cfs\000"
	"cft-0\000"
	"cft-1\000"
	"cft-2\000"
	"cft-3\000"
	"cft-4\000"
	"cft-5\000"
	"cft-6\000"
	"cft-7\000"
	"cfw\000"
	"cgi-starapi\000"
	"cgms\000"
	"cgn-config\000"
	"cgn-stat\000"
	"chargen\000"
	"charsetmgr\000"
	"checkmk-agent\000"
	"checkoutdb\000"
	"checkpoint-rtm\000"
	"checksum\000"
	"chevinservices\000"
	"childkey-ctrl\000"
	"childkey-notif\000"
	"chimera-hwm\000"
	"chip-lm\000"
	"chipper\000"
	"chmd\000"
	"choiceview-agt\000"
	"choiceview-clt\000"
	"chromagrafx\000"
	"chshell\000"
	"cichild-lm\000"
	"cichlid\000"
	"cifs\000"
	"cim-rs\000"
	"cimple\000"
	"cimplex\000"
	"cimtrak\000"
	"cindycollab\000"
	"cinegrfx-elmd\000"
	"cinegrfx-lm\000"
	"ciphire-data\000"
	"ciphire-serv\000"
	"circle-x\000"
	"cirrossp\000"
	"cis-secure\000"
	"cisco-aqos\000"
	"cisco-avp\000"
	"cisco-cloudsec\000"
	"cisco-fna\000"
	"cisco-ipsla\000"
	"cisco-net-mgmt\000"
	"cisco-redu\000"
	"cisco-sccp\000"
	"cisco-snat\000"
	"cisco-sys\000"
	"cisco-tdp\000"
	"cisco-tna\000"
	"cisco-vpath-tun\000"
	"cisco-wafs\000"
	"ciscocsdb\000"
	"citadel\000"
	"citrix-rtmp\000"
	"citrixadmin\000"
	"citrixima\000"
	"citriximaclient\000"
	"citrixupp\000"
	"citrixuppg\000"
	"citynl\000"
	"cl-1\000"
	"cl-db-attach\000"
	"cl-db-remote\000"
	"cl-db-request\000"
	"clariion-evr01\000"
	"classic\000"
	"cleanerliverc\000"
	"clearcase\000"
	"clearvisn\000"
	"clever-ctrace\000"
	"clever-tcpip\000"
	"cleverdetect\000"
	"client-ctrl\000"
	"client-wakeup\000"
	"cloanto-lm\000"
	"cloanto-net-1\000"
	"close-combat\000"
	"cloudcheck\000"
	"cloudcheck-ping\000"
	"cloudsignaling\000"
	"clp\000"
	"cluster-disc\000"
	"clusterxl\000"
	"clutild\000"
	"clvm-cfg\000"
	"cma\000"
	"cmadmin\000"
	"cmc-port\000"
	"cmip-agent\000"
	"cmip-man\000"
	"cmmdriver\000"
	"cmtp-av\000"
	"cmtp-mgt\000"
	"cnap\000"
	"cnckadserver\000"
	"cncp\000"
	"cnhrp\000"
	"cnrp\000"
	"cnrprotocol\000"
	"cns-srv-port\000"
	"coap\000"
	"coaps\000"
	"coauthor\000"
	"cockroach\000"
	"codaauth2\000"
	"codasrv\000"
	"codasrv-se\000"
	"codemeter\000"
	"codemeter-cmwan\000"
	"codima-rtp\000"
	"cogitate\000"
	"cognex-dataman\000"
	"cognex-insight\000"
	"cognima\000"
	"cogsys-lm\000"
	"coherence-disc\000"
	"cohesity-agent\000"
	"collaber\000"
	"collaborator\000"
	"colubris\000"
	"com-bardac-dw\000"
	"combox-web-acc\000"
	"comcam\000"
	"comcam-io\000"
	"commandport\000"
	"commlinx-avl\000"
	"commonspace\000"
	"commplex-link\000"
	"commplex-main\000"
	"commtact-http\000"
	"commtact-https\000"
	"comotionback\000"
	"comotionmaster\000"
	"compaq-evm\000"
	"compaq-https\000"
	"compaq-scp\000"
	"compaq-wcp\000"
	"composit-server\000"
	"compressnet\000"
	"compx-lockview\000"
	"comsat\000"
	"comscm\000"
	"conclave-cpp\000"
	"concomp1\000"
	"concurrent-lm\000"
	"condor\000"
	"conductor\000"
	"conferencetalk\000"
	"config-port\000"
	"confluent\000"
	"connect-client\000"
	"connect-server\000"
	"connected\000"
	"connection\000"
	"connendp\000"
	"connlcli\000"
	"conspiracy\000"
	"consul-insight\000"
	"contamac-icm\000"
	"contclientms\000"
	"contentserver\000"
	"continuus\000"
	"controlone-con\000"
	"converge\000"
	"coord-svr\000"
	"cops-tls\000"
	"copy-disc\000"
	"copycat\000"
	"cora\000"
	"cora-disc\000"
	"corba-iiop\000"
	"corba-iiop-ssl\000"
	"corbaloc\000"
	"core-of-source\000"
	"corel-vncadmin\000"
	"corelccam\000"
	"corelvideo\000"
	"corerjd\000"
	"cosmocall\000"
	"couchdb\000"
	"covia\000"
	"cp-cluster\000"
	"cp-spxdpy\000"
	"cp-spxrpts\000"
	"cp-spxsvr\000"
	"cpdi-pidas-cm\000"
	"cplscrambler-al\000"
	"cplscrambler-in\000"
	"cplscrambler-lg\000"
	"cppdp\000"
	"cpq-tasksmart\000"
	"cpq-wbem\000"
	"cpqrpm-agent\000"
	"cpqrpm-server\000"
	"cpscomm\000"
	"cpsp\000"
	"cpudpencap\000"
	"cqg-netlan\000"
	"cqg-netlan-1\000"
	"cr-websystems\000"
	"creativepartnr\000"
	"creativeserver\000"
	"cresco-control\000"
	"crescoctrl-disc\000"
	"crestron-cip\000"
	"crestron-cips\000"
	"crestron-ctp\000"
	"crestron-ctps\000"
	"crinis-hb\000"
	"crip\000"
	"crmsbits\000"
	"crtech-nlm\000"
	"cruise-config\000"
	"cruise-diags\000"
	"cruise-enum\000"
	"cruise-swroute\000"
	"cruise-update\000"
	"crusecontrol\000"
	"cryptoadmin\000"
	"cs-auth-svr\000"
	"cs-live\000"
	"cs-remote-db\000"
	"cs-services\000"
	"csbphonemaster\000"
	"csc-proxy\000"
	"csccfirewall\000"
	"csccredir\000"
	"csd-monitor\000"
	"csdm\000"
	"csdmbase\000"
	"csedaemon\000"
	"csi-lfap\000"
	"csi-sgwp\000"
	"cslg\000"
	"cslistener\000"
	"csms\000"
	"csms2\000"
	"csnotify\000"
	"cso\000"
	"csoauth\000"
	"csoft-plusclnt\000"
	"csoft-prev\000"
	"csoft1\000"
	"csoftragent\000"
	"cspclmulti\000"
	"cspmlockmgr\000"
	"cspmulti\000"
	"cspuni\000"
	"csregagent\000"
	"csrpc\000"
	"cssc\000"
	"cssp\000"
	"cst-port\000"
	"csvr\000"
	"csvr-proxy\000"
	"csvr-sslproxy\000"
	"ct2nmcs\000"
	"ctcd\000"
	"ctdb\000"
	"ctdhercules\000"
	"ctdp\000"
	"ctechlicensing\000"
	"cti-redwood\000"
	"ctiprogramload\000"
	"ctisystemmsg\000"
	"ctlptc\000"
	"ctp-state\000"
	"ctsd\000"
	"ctt-broker\000"
	"ctx-bridge\000"
	"ctxlic\000"
	"ctxs-vpp\000"
	"cuelink\000"
	"cuelink-disc\000"
	"cuillamartin\000"
	"cumulus\000"
	"cumulus-admin\000"
	"curiosity\000"
	"cuseeme\000"
	"custix\000"
	"cvc\000"
	"cvc-hostd\000"
	"cvd\000"
	"cvmmon\000"
	"cvmon\000"
	"cvspserver\000"
	"cvsup\000"
	"cwmp\000"
	"cxws\000"
	"cyaserv\000"
	"cybercash\000"
	"cyborg-systems\000"
	"cyborgnet\000"
	"cybro-a-bus\000"
	"cyc\000"
	"cycleserv\000"
	"cycleserv2\000"
	"cylink-c\000"
	"cymtec-port\000"
	"cypress\000"
	"cypress-stat\000"
	"cytel-lm\000"
	"d-cinema-csp\000"
	"d-cinema-rrp\000"
	"d-data-control\000"
	"d-fence\000"
	"d-s-n\000"
	"d-star\000"
	"d2000kernel\000"
	"d2000webserver\000"
	"d2dconfig\000"
	"d2ddatatrans\000"
	"d2k-datamover1\000"
	"d2k-datamover2\000"
	"d2k-tapestry1\000"
	"d2k-tapestry2\000"
	"d3winosfi\000"
	"daap\000"
	"dab-sti-c\000"
	"dai-shell\000"
	"daishi\000"
	"dali\000"
	"damewaremobgtwy\000"
	"dandv-tester\000"
	"danf-ak2\000"
	"daqstream\000"
	"darcorp-lm\000"
	"dashpas-port\000"
	"dasp\000"
	"data-insurance\000"
	"datacaptor\000"
	"datalens\000"
	"dataprotector\000"
	"datascaler-ctl\000"
	"datascaler-db\000"
	"datasurfsrv\000"
	"datasurfsrvsec\000"
	"datex-asn\000"
	"datusorb\000"
	"davsrc\000"
	"davsrcs\000"
	"dawn\000"
	"dayliteserver\000"
	"daylitetouch\000"
	"daytime\000"
	"db-lsp\000"
	"db-lsp-disc\000"
	"db2c-tls\000"
	"dbabble\000"
	"dbbrowse\000"
	"dbcontrol-agent\000"
	"dbcontrol-oms\000"
	"dbdb\000"
	"dberegister\000"
	"dbisamserver1\000"
	"dbisamserver2\000"
	"dbref\000"
	"dbreporter\000"
	"dbstar\000"
	"dbsyncarbiter\000"
	"dca\000"
	"dccm\000"
	"dccp-udp\000"
	"dcs-config\000"
	"dcsl-backup\000"
	"dcsoftware\000"
	"dcutility\000"
	"dddp\000"
	"ddgn\000"
	"ddi-tcp-1\000"
	"ddi-tcp-2\000"
	"ddi-tcp-3\000"
	"ddi-tcp-4\000"
	"ddi-tcp-5\000"
	"ddi-tcp-6\000"
	"ddi-tcp-7\000"
	"ddi-udp-1\000"
	"ddi-udp-2\000"
	"ddi-udp-3\000"
	"ddi-udp-4\000"
	"ddi-udp-5\000"
	"ddi-udp-6\000"
	"ddi-udp-7\000"
	"ddm-dfm\000"
	"ddm-rdb\000"
	"ddm-ssl\000"
	"ddns-v3\000"
	"ddrepl\000"
	"ddt\000"
	"de-cache-query\000"
	"de-noc\000"
	"de-server\000"
	"de-spot\000"
	"dec-dlm\000"
	"dec-mbadmin\000"
	"dec-mbadmin-h\000"
	"dec-notes\000"
	"decap\000"
	"decauth\000"
	"decbsrv\000"
	"decladebug\000"
	"dectalk\000"
	"decvms-sysmgt\000"
	"dei-icda\000"
	"delibo\000"
	"dell-eql-asm\000"
	"dell-rm-port\000"
	"dellpwrappks\000"
	"dellwebadmin-1\000"
	"dellwebadmin-2\000"
	"delos-dms\000"
	"delta-mcp\000"
	"denali-server\000"
	"deos\000"
	"deploymentmap\000"
	"derby-repli\000"
	"descent3\000"
	"deskshare\000"
	"desktop-dna\000"
	"deskview\000"
	"devbasic\000"
	"device2\000"
	"devshr-nts\000"
	"dey-keyneg\000"
	"dey-sapi\000"
	"dfn\000"
	"dfoxserver\000"
	"dfserver\000"
	"dgi-serv\000"
	"dgpf-exchg\000"
	"dhanalakshmi\000"
	"dhcp-failover\000"
	"dhcp-failover2\000"
	"dhcpv6-client\000"
	"dhcpv6-server\000"
	"dhct-alerts\000"
	"dhct-status\000"
	"dhe\000"
	"di-ase\000"
	"di-drm\000"
	"di-msg\000"
	"di-traceware\000"
	"diagmond\000"
	"diagnose-proc\000"
	"dialog-port\000"
	"dialogic-elmd\000"
	"dialpad-voice1\000"
	"dialpad-voice2\000"
	"diameter\000"
	"diameters\000"
	"diamondport\000"
	"dic-aida\000"
	"dicom\000"
	"dicom-iscl\000"
	"dicom-tls\000"
	"dict\000"
	"dict-lookup\000"
	"dif-port\000"
	"digilent-adept\000"
	"digiman\000"
	"digital-notary\000"
	"digital-vrc\000"
	"digivote\000"
	"direcpc-dll\000"
	"direcpc-si\000"
	"direcpc-video\000"
	"directnet\000"
	"directplay\000"
	"directplay8\000"
	"directplaysrvr\000"
	"directv-catlg\000"
	"directv-soft\000"
	"directv-tick\000"
	"directv-web\000"
	"directvdata\000"
	"dirgis\000"
	"discard\000"
	"disclose\000"
	"discovery-port\000"
	"discp-client\000"
	"discp-server\000"
	"dist-upgrade\000"
	"distcc\000"
	"distinct\000"
	"distinct32\000"
	"dixie\000"
	"dj-ice\000"
	"dj-ilm\000"
	"dka\000"
	"dkmessenger\000"
	"dl-agent\000"
	"dlep\000"
	"dlip\000"
	"dlms-cosem\000"
	"dlpx-sp\000"
	"dls\000"
	"dls-mon\000"
	"dls-monitor\000"
	"dlsrap\000"
	"dlsrpn\000"
	"dlswpn\000"
	"dmaf-caster\000"
	"dmaf-server\000"
	"dmdocbroker\000"
	"dmidi\000"
	"dmod-workspace\000"
	"dmt\000"
	"dn6-nlm-aud\000"
	"dn6-smm-red\000"
	"dna-cml\000"
	"dnap\000"
	"dnc-port\000"
	"dnox\000"
	"dnp-sec\000"
	"dns-llq\000"
	"dns2go\000"
	"dnsix\000"
	"dnx\000"
	"doc-server\000"
	"doc1lm\000"
	"docent\000"
	"doceri-ctl\000"
	"doceri-view\000"
	"docker\000"
	"docker-s\000"
	"docstor\000"
	"documentum\000"
	"documentum-s\000"
	"dof-dps-mc-sec\000"
	"dof-eps\000"
	"dof-tunnel\000"
	"dof-tunnel-sec\000"
	"doglms\000"
	"doglms-notify\000"
	"doip-data\000"
	"doip-disc\000"
	"domain\000"
	"domain-s\000"
	"domaintime\000"
	"domiq\000"
	"donnyworld\000"
	"dossier\000"
	"dots-signal\000"
	"down\000"
	"downtools\000"
	"downtools-disc\000"
	"dp-bura\000"
	"dpap\000"
	"dpcp\000"
	"dpi-proxy\000"
	"dpkeyserv\000"
	"dpm\000"
	"dpm-acm\000"
	"dpm-agent\000"
	"dpserve\000"
	"dpserveadmin\000"
	"dpsi\000"
	"dragonfly\000"
	"drip\000"
	"driveappserver\000"
	"drizzle\000"
	"drm-production\000"
	"drmsfsd\000"
	"drmsmc\000"
	"drwcs\000"
	"ds-clnt\000"
	"ds-mail\000"
	"ds-slp\000"
	"ds-srv\000"
	"ds-srvr\000"
	"ds-user\000"
	"dsETOS\000"
	"dsatp\000"
	"dsd\000"
	"dsdn\000"
	"dsfgw\000"
	"dslremote-mgmt\000"
	"dsm-scm-target\000"
	"dsmcc-ccp\000"
	"dsmcc-config\000"
	"dsmcc-download\000"
	"dsmcc-passthru\000"
	"dsmcc-session\000"
	"dsmeter-iatc\000"
	"dsmipv6\000"
	"dsom-server\000"
	"dsp3270\000"
	"dssiapi\000"
	"dsx-agent\000"
	"dsx-monitor\000"
	"dt-mgmtsvc\000"
	"dt-vra\000"
	"dta-systems\000"
	"dtag-ste-sb\000"
	"dtk\000"
	"dtn-bundle\000"
	"dtn1\000"
	"dtp-dia\000"
	"dtp-net\000"
	"dtpt\000"
	"dts\000"
	"dtserver-port\000"
	"dtspcd\000"
	"dtv-chan-req\000"
	"dvapps\000"
	"dvbservdsc\000"
	"dvcprov-port\000"
	"dvl-activemail\000"
	"dvr-esm\000"
	"dvt-data\000"
	"dvt-system\000"
	"dwf\000"
	"dwmsgserver\000"
	"dwnmshttp\000"
	"dwr\000"
	"dx-instrument\000"
	"dxadmind\000"
	"dxmessagebase1\000"
	"dxmessagebase2\000"
	"dxspider\000"
	"dyn-site\000"
	"dyna-access\000"
	"dyna-lm\000"
	"dynamic3d\000"
	"dynamid\000"
	"dyniplookup\000"
	"dzdaemon\000"
	"dzoglserver\000"
	"e-builder\000"
	"e-design-net\000"
	"e-design-web\000"
	"e-dpnet\000"
	"e-mdu\000"
	"e-woa\000"
	"ea1\000"
	"eapol-relay\000"
	"eapsp\000"
	"easl\000"
	"easy-soft-mux\000"
	"easyengine\000"
	"eba\000"
	"ebinsite\000"
	"echonet\000"
	"ecmp-data\000"
	"ecmport\000"
	"ecnp\000"
	"ecolor-imager\000"
	"ecovisiong6-1\000"
	"ecsqdmn\000"
	"ecwcfg\000"
	"edb-server1\000"
	"edb-server2\000"
	"edbsrvr\000"
	"edi_service\000"
	"editbench\000"
	"edix\000"
	"edm-adm-notify\000"
	"edm-manager\000"
	"edm-mgr-cntrl\000"
	"edm-mgr-sync\000"
	"edm-stager\000"
	"edm-std-notify\000"
	"edtools\000"
	"eenet\000"
	"efb-aci\000"
	"efcp\000"
	"efi-lm\000"
	"efi-mg\000"
	"efidiningport\000"
	"eforward\000"
	"efr\000"
	"eftp\000"
	"egptlm\000"
	"egs\000"
	"ehome-ms\000"
	"ehp-backup\000"
	"ehs\000"
	"ehs-ssl\000"
	"ehtp\000"
	"eicon-server\000"
	"eicon-slp\000"
	"eicon-x25\000"
	"eims-admin\000"
	"eis\000"
	"eisp\000"
	"eisport\000"
	"elad\000"
	"elanlm\000"
	"elatelink\000"
	"elcn\000"
	"elcsd\000"
	"eldim\000"
	"elektron-admin\000"
	"elfiq-repl\000"
	"eli\000"
	"elipse-rec\000"
	"elm-momentum\000"
	"elpro-tunnel\000"
	"elvin-client\000"
	"elvin-server\000"
	"elxmgmt\000"
	"em7-secom\000"
	"ema-sent-lm\000"
	"emb-proj-cmd\000"
	"embl-ndt\000"
	"embrace-dp-c\000"
	"embrace-dp-s\000"
	"emc-gateway\000"
	"emc-pp-mgmtsvc\000"
	"emc-vcas-tcp\000"
	"emc-vcas-udp\000"
	"emc-xsw-dcache\000"
	"emc-xsw-dconfig\000"
	"emcads\000"
	"emce\000"
	"emcrmirccd\000"
	"emcrmird\000"
	"emcsymapiport\000"
	"emfis-cntl\000"
	"emfis-data\000"
	"emgmsg\000"
	"emp-server1\000"
	"emp-server2\000"
	"emperion\000"
	"empire-empuma\000"
	"empowerid\000"
	"emprise-lls\000"
	"emprise-lsc\000"
	"emsd-port\000"
	"emwavemsg\000"
	"emwin\000"
	"encrypted-admin\000"
	"encrypted-llrp\000"
	"enfs\000"
	"enguity-xccetp\000"
	"enl\000"
	"enl-name\000"
	"enlabel-dpl\000"
	"enpc\000"
	"enpp\000"
	"enrp\000"
	"ent-engine\000"
	"entexthigh\000"
	"entextlow\000"
	"entextmed\000"
	"entextnetwk\000"
	"entextxid\000"
	"entomb\000"
	"entp\000"
	"entrust-aaas\000"
	"entrust-aams\000"
	"entrust-ash\000"
	"entrust-kmsh\000"
	"entrust-sps\000"
	"entrusttime\000"
	"eor-game\000"
	"eoss\000"
	"ep-nsp\000"
	"ep-pcp\000"
	"epc\000"
	"epicon\000"
	"epl-slp\000"
	"epmd\000"
	"epncdp2\000"
	"epnsdp\000"
	"eportcomm\000"
	"eportcommdata\000"
	"epp\000"
	"eppc\000"
	"ept-machine\000"
	"eq-office-4940\000"
	"eq-office-4941\000"
	"eq-office-4942\000"
	"eq3-config\000"
	"eq3-update\000"
	"equationbuilder\000"
	"ergolight\000"
	"eristwoguns\000"
	"erp-scale\000"
	"erunbook-agent\000"
	"erunbook-server\000"
	"es-elmd\000"
	"esbroker\000"
	"escp-ip\000"
	"escvpnet\000"
	"eserver-pap\000"
	"esimport\000"
	"esinstall\000"
	"esip\000"
	"esl-lm\000"
	"esmagent\000"
	"esmmanager\000"
	"esnm-zoning\000"
	"esp-lm\000"
	"espeasy-p2p\000"
	"espeech\000"
	"espeech-rtp\000"
	"esps-portal\000"
	"esri-sde\000"
	"esro-emsdp\000"
	"esro-gen\000"
	"essbase\000"
	"essp\000"
	"essweb-gw\000"
	"etb4j\000"
	"etc-control\000"
	"etcd-client\000"
	"etcd-server\000"
	"etebac5\000"
	"etftp\000"
	"ethercat\000"
	"ethernet-ip-s\000"
	"ethoscan\000"
	"etlservicemgr\000"
	"eudora-set\000"
	"ev-services\000"
	"evb-elm\000"
	"event-listener\000"
	"event-port\000"
	"everydayrc\000"
	"evtp\000"
	"evtp-data\000"
	"ew-disc-cmd\000"
	"ew-mgmt\000"
	"ewcappsrv\000"
	"ewctsp\000"
	"ewdgs\000"
	"ewinstaller\000"
	"ewnn\000"
	"exapt-lmgr\000"
	"exasoftport1\000"
	"exbit-escp\000"
	"exce\000"
	"excerpt\000"
	"excerpts\000"
	"excw\000"
	"exlm-agent\000"
	"exoconfig\000"
	"exoline-tcp\000"
	"exoline-udp\000"
	"exonet\000"
	"exp1\000"
	"exp2\000"
	"expresspay\000"
	"extensis\000"
	"eye2eye\000"
	"eyelink\000"
	"eyetv\000"
	"ezmeeting\000"
	"ezmeeting-2\000"
	"ezmessagesrv\000"
	"ezproxy\000"
	"ezproxy-2\000"
	"ezrelay\000"
	"f5-globalsite\000"
	"f5-iquery\000"
	"fac-restore\000"
	"facelink\000"
	"facilityview\000"
	"facsys-ntp\000"
	"facsys-router\000"
	"fagordnc\000"
	"faircom-db\000"
	"fairview\000"
	"famdc\000"
	"farenet\000"
	"fast-rem-serv\000"
	"fastlynx\000"
	"fatpipe\000"
	"fatserv\000"
	"faxcomservice\000"
	"faximum\000"
	"faxportwinport\000"
	"faxstfx-port\000"
	"fazzt-admin\000"
	"fazzt-ptp\000"
	"fc-cli\000"
	"fc-faultnotify\000"
	"fc-ser\000"
	"fcip-port\000"
	"fcis\000"
	"fcis-disc\000"
	"fcmsys\000"
	"fcopy-server\000"
	"fcopys-server\000"
	"fcp-addr-srvr1\000"
	"fcp-addr-srvr2\000"
	"fcp-cics-gw1\000"
	"fcp-srvr-inst1\000"
	"fcp-srvr-inst2\000"
	"fcp-udp\000"
	"fdt-rcatp\000"
	"fdtracks\000"
	"febooti-aw\000"
	"feitianrockey\000"
	"femis\000"
	"ferrari-foam\000"
	"ff-annunc\000"
	"ff-fms\000"
	"ff-ice\000"
	"ff-lr-port\000"
	"ff-sm\000"
	"ffserver\000"
	"fg-fps\000"
	"fg-gip\000"
	"fg-sysupdate\000"
	"fhc\000"
	"fhsp\000"
	"fibotrader-com\000"
	"filecast\000"
	"filemq\000"
	"filenet-cm\000"
	"filenet-nch\000"
	"filenet-obrok\000"
	"filenet-pa\000"
	"filenet-pch\000"
	"filenet-peior\000"
	"filenet-powsrm\000"
	"filenet-re\000"
	"filenet-rmi\000"
	"filenet-rpc\000"
	"filenet-tms\000"
	"filesphere\000"
	"filex-lport\000"
	"findviatv\000"
	"finger\000"
	"finisar\000"
	"finle-lm\000"
	"fintrx\000"
	"fio-cmgmt\000"
	"fiorano-msgsvc\000"
	"fiorano-rtrsvc\000"
	"firefox\000"
	"firemonrcc\000"
	"firepower\000"
	"first-defense\000"
	"firstcall42\000"
	"fisa-svc\000"
	"fiveacross\000"
	"fj-hdnet\000"
	"fjappmgrbulk\000"
	"fjcp\000"
	"fjdmimgr\000"
	"fjdocdist\000"
	"fjhpjp\000"
	"fjicl-tep-a\000"
	"fjicl-tep-b\000"
	"fjicl-tep-c\000"
	"fjinvmgr\000"
	"fjippol-cnsl\000"
	"fjippol-polsvr\000"
	"fjippol-port1\000"
	"fjippol-port2\000"
	"fjippol-swrly\000"
	"fjitsuappmgr\000"
	"fjmpcm\000"
	"fjmpjps\000"
	"fjmpss\000"
	"fjsv-gssagt\000"
	"fjsvmpor\000"
	"fjswapsnp\000"
	"fksp-audit\000"
	"flamenco-proxy\000"
	"flashfiler\000"
	"flashmsg\000"
	"flcrs\000"
	"flex-lmadmin\000"
	"flexlm\000"
	"flirtmitmir\000"
	"fln-spx\000"
	"florence\000"
	"flr-agent\000"
	"flukeserver\000"
	"fmpro-fdal\000"
	"fmpro-internal\000"
	"fmpro-v6\000"
	"fmsas\000"
	"fmsascon\000"
	"fmtp\000"
	"fmwp\000"
	"fnet-remote-ui\000"
	"fodms\000"
	"foliocorp\000"
	"font-service\000"
	"foresyte-clear\000"
	"foresyte-sec\000"
	"fortisphere-vm\000"
	"fotogcad\000"
	"found\000"
	"fox-skytale\000"
	"fpitp\000"
	"fpo-fns\000"
	"fprams\000"
	"frc-hicp\000"
	"frc-hicp-disc\000"
	"frcs\000"
	"freeciv\000"
	"freezexservice\000"
	"fronet\000"
	"fryeserv\000"
	"fs-agent\000"
	"fs-mgmt\000"
	"fs-qos\000"
	"fs-rh-srv\000"
	"fs-server\000"
	"fsc-port\000"
	"fse\000"
	"fsportmap\000"
	"ft-role\000"
	"ftnmtp\000"
	"ftp-agent\000"
	"ftps-data\000"
	"ftranhc\000"
	"ftrapid-1\000"
	"ftrapid-2\000"
	"ftsync\000"
	"fujitsu-dev\000"
	"fujitsu-dtc\000"
	"fujitsu-dtcns\000"
	"fujitsu-mmpdc\000"
	"fujitsu-neat\000"
	"funk-dialout\000"
	"funk-license\000"
	"funk-logger\000"
	"funkproxy\000"
	"fuscript\000"
	"futrix\000"
	"fxaengine-net\000"
	"fxp\000"
	"fxuptp\000"
	"fyre-messanger\000"
	"g-talk\000"
	"g2tag\000"
	"g5m\000"
	"gacp\000"
	"gadgetgate1way\000"
	"gadgetgate2way\000"
	"gadugadu\000"
	"gaia\000"
	"galaxy-network\000"
	"galaxy-server\000"
	"galaxy4d\000"
	"galaxy7-data\000"
	"galileo\000"
	"galileolog\000"
	"gamegen1\000"
	"gamelobby\000"
	"gamesmith-port\000"
	"gammafetchsvr\000"
	"gandalf-lm\000"
	"gap\000"
	"garcon\000"
	"garmin-marine\000"
	"gat-lmd\000"
	"gbjd816\000"
	"gbmt-stars\000"
	"gbs-smp\000"
	"gbs-stp\000"
	"gc-config\000"
	"gcm-app\000"
	"gcmonitor\000"
	"gcp-rphy\000"
	"gcsp\000"
	"gdbremote\000"
	"gdoi\000"
	"gdomap\000"
	"gdp-port\000"
	"gdrive-sync\000"
	"gds-adppiw-db\000"
	"gds-db\000"
	"gearman\000"
	"gemini-lm\000"
	"geneous\000"
	"generalsync\000"
	"geneve\000"
	"genie\000"
	"genie-lm\000"
	"genisar-port\000"
	"geniuslm\000"
	"genrad-mux\000"
	"genstat\000"
	"geognosis\000"
	"geognosisadmin\000"
	"geognosisman\000"
	"geolocate\000"
	"gerhcs\000"
	"getty-focus\000"
	"ggf-ncp\000"
	"ggz\000"
	"ghvpn\000"
	"giga-pocket\000"
	"gilatskysurfer\000"
	"ginad\000"
	"giop\000"
	"giop-ssl\000"
	"git\000"
	"glbp\000"
	"gld\000"
	"glishd\000"
	"global-cd-port\000"
	"global-dtserv\000"
	"global-wlink\000"
	"globe\000"
	"globecast-id\000"
	"globmsgsvc\000"
	"glogger\000"
	"glrpc\000"
	"gmrupdateserv\000"
	"gnmi-gnoi\000"
	"gntp\000"
	"gnunet\000"
	"gnutella-rtr\000"
	"gnutella-svc\000"
	"go-login\000"
	"goahead-fldup\000"
	"gog-multiplayer\000"
	"goldleaf-licman\000"
	"golem\000"
	"gopher\000"
	"gotodevice\000"
	"gpfs\000"
	"gppitnp\000"
	"gprs-cube\000"
	"gprs-data\000"
	"gprs-sig\000"
	"gpsd\000"
	"gradecam\000"
	"graphics\000"
	"grasp\000"
	"grcmp\000"
	"grcp\000"
	"gre-in-udp\000"
	"gre-udp-dtls\000"
	"grf-port\000"
	"gribi\000"
	"grid-alt\000"
	"gridgen-elmd\000"
	"griffin\000"
	"gris\000"
	"groove\000"
	"groove-dpp\000"
	"groupwise\000"
	"grubd\000"
	"gruber-cashreg\000"
	"gs-realtime\000"
	"gsakmp\000"
	"gsi\000"
	"gsidcap\000"
	"gsiftp\000"
	"gsigatekeeper\000"
	"gsmp-ancp\000"
	"gsms\000"
	"gsmtap\000"
	"gss-http\000"
	"gss-xlicen\000"
	"gt-proxy\000"
	"gtaua\000"
	"gte-samp\000"
	"gtegsc-lm\000"
	"gtp-control\000"
	"gtp-user\000"
	"gtrack-ne\000"
	"gtrack-server\000"
	"gue\000"
	"guibase\000"
	"guttersnex\000"
	"gv-pf\000"
	"gv-us\000"
	"gvcp\000"
	"gw-asv\000"
	"gw-call-port\000"
	"gw-log\000"
	"gwen-sonya\000"
	"gwha\000"
	"gxs-data-port\000"
	"gxtelmd\000"
	"h2250-annex-g\000"
	"h248-binary\000"
	"h263-video\000"
	"h2gf-w-2m\000"
	"h323callsigalt\000"
	"h323gatedisc\000"
	"h323gatestat\000"
	"h323hostcall\000"
	"h323hostcallsc\000"
	"ha-cluster\000"
	"hacl-cfg\000"
	"hacl-gs\000"
	"hacl-hb\000"
	"hacl-local\000"
	"hacl-monitor\000"
	"hacl-poll\000"
	"hacl-probe\000"
	"hacl-qs\000"
	"hacl-test\000"
	"hagel-dump\000"
	"haipe-discover\000"
	"haipe-otnk\000"
	"hao\000"
	"hap\000"
	"harp\000"
	"hart-ip\000"
	"hassle\000"
	"hb-engine\000"
	"hbci\000"
	"hcp-wismar\000"
	"hctl\000"
	"hdap\000"
	"hde-lcesrvr-1\000"
	"hde-lcesrvr-2\000"
	"hdl-srv\000"
	"health-polling\000"
	"health-trap\000"
	"healthd\000"
	"heathview\000"
	"hecmtl-db\000"
	"heliosd\000"
	"helix\000"
	"hello-port\000"
	"hems\000"
	"here-lm\000"
	"hermes\000"
	"herodotus-net\000"
	"hes-clip\000"
	"hexarc\000"
	"hexxorecore\000"
	"heythings\000"
	"hfcs\000"
	"hfcs-manager\000"
	"hhb-gateway\000"
	"hhb-handheld\000"
	"hid\000"
	"high-criteria\000"
	"hillrserv\000"
	"hinp\000"
	"hip-nat-t\000"
	"hiperscan-id\000"
	"hippad\000"
	"hiq\000"
	"hislip\000"
	"hivep\000"
	"hivestor\000"
	"hkp\000"
	"hks-lm\000"
	"hl7\000"
	"hlibmgr\000"
	"hlserver\000"
	"hmip-routing\000"
	"hmmp-ind\000"
	"hmmp-op\000"
	"hncp-dtls-port\000"
	"hncp-udp-port\000"
	"hnm\000"
	"hnmp\000"
	"homeportal-web\000"
	"homesteadglory\000"
	"honyaku\000"
	"hostname\000"
	"hotu-chat\000"
	"houdini-lm\000"
	"houston\000"
	"hp-3000-telnet\000"
	"hp-alarm-mgr\000"
	"hp-clic\000"
	"hp-collector\000"
	"hp-device-disc\000"
	"hp-hcip\000"
	"hp-hcip-gwy\000"
	"hp-managed-node\000"
	"hp-nnm-data\000"
	"hp-pdl-datastr\000"
	"hp-pxpib\000"
	"hp-san-mgmt\000"
	"hp-sca\000"
	"hp-sci\000"
	"hp-sco\000"
	"hp-server\000"
	"hp-sessmon\000"
	"hp-status\000"
	"hp-webadmin\000"
	"hp-webqosdb\000"
	"hpbladems\000"
	"hpdevms\000"
	"hpidsadmin\000"
	"hpidsagent\000"
	"hpiod\000"
	"hpocbus\000"
	"hpoms-ci-lstn\000"
	"hpoms-dps-lstn\000"
	"hpppssvr\000"
	"hppronetman\000"
	"hpss-ndapi\000"
	"hpssd\000"
	"hpssmgmt\000"
	"hpstgmgr\000"
	"hpstgmgr2\000"
	"hpvirtctrl\000"
	"hpvirtgrp\000"
	"hpvmmagent\000"
	"hpvmmcontrol\000"
	"hpvmmdata\000"
	"hpvroom\000"
	"hrd-ncs\000"
	"hrd-ns-disc\000"
	"hri-port\000"
	"hrpd-ith-at-an\000"
	"hs-port\000"
	"hsl-storm\000"
	"hsrp\000"
	"hsrpv6\000"
	"htcp\000"
	"htrust\000"
	"http-alt\000"
	"http-mgmt\000"
	"http-rpc-epmap\000"
	"http-wmap\000"
	"https-wmap\000"
	"httpx\000"
	"htuilsrv\000"
	"hub-open-net\000"
	"hughes-ap\000"
	"husky\000"
	"hybrid\000"
	"hybrid-pop\000"
	"hydap\000"
	"hydra\000"
	"hylafax\000"
	"hyper-g\000"
	"hypercube-lm\000"
	"hyperip\000"
	"hyperscsi-port\000"
	"hyperwave-isp\000"
	"i-net-2000-npr\000"
	"i-zipqd\000"
	"i3-sessionmgr\000"
	"iRAPP\000"
	"iadt\000"
	"iadt-disc\000"
	"iadt-tls\000"
	"iafdbase\000"
	"iafserver\000"
	"ianywhere-dbns\000"
	"ias-admind\000"
	"ias-auth\000"
	"ias-neighbor\000"
	"ias-paging\000"
	"ias-reg\000"
	"ias-session\000"
	"iascontrol\000"
	"iascontrol-oms\000"
	"iasd\000"
	"iatp-highpri\000"
	"iatp-normalpri\000"
	"iax\000"
	"iba-cfg\000"
	"iba-cfg-disc\000"
	"ibar\000"
	"iberiagames\000"
	"ibm-abtact\000"
	"ibm-app\000"
	"ibm-cics\000"
	"ibm-db2\000"
	"ibm-dial-out\000"
	"ibm-diradm\000"
	"ibm-diradm-ssl\000"
	"ibm-dt-2\000"
	"ibm-mgr\000"
	"ibm-mqseries\000"
	"ibm-mqseries2\000"
	"ibm-pps\000"
	"ibm-res\000"
	"ibm-rsyscon\000"
	"ibm-ssd\000"
	"ibm-wrless-lan\000"
	"ibm3494\000"
	"ibprotocol\000"
	"ibridge-data\000"
	"ibridge-mgmt\000"
	"icabrowser\000"
	"icad-el\000"
	"icap\000"
	"iccrushmore\000"
	"ice-location\000"
	"ice-router\000"
	"ice-slocation\000"
	"ice-srouter\000"
	"iceedcp-rx\000"
	"iceedcp-tx\000"
	"icg-bridge\000"
	"icg-iprelay\000"
	"icg-swp\000"
	"icl-twobase1\000"
	"icl-twobase10\000"
	"icl-twobase2\000"
	"icl-twobase3\000"
	"icl-twobase4\000"
	"icl-twobase5\000"
	"icl-twobase6\000"
	"icl-twobase7\000"
	"icl-twobase8\000"
	"icl-twobase9\000"
	"iclcnet-locate\000"
	"iclcnet-svinfo\000"
	"iclid\000"
	"iclpv-dm\000"
	"iclpv-nlc\000"
	"iclpv-nls\000"
	"iclpv-pm\000"
	"iclpv-sas\000"
	"iclpv-sc\000"
	"iclpv-wsm\000"
	"icmpd\000"
	"icms\000"
	"icon-discover\000"
	"iconp\000"
	"iconstructsrv\000"
	"icpp\000"
	"icpps\000"
	"icpv2\000"
	"icshostsvc\000"
	"icslap\000"
	"ida-discover1\000"
	"ida-discover2\000"
	"idac\000"
	"idcp\000"
	"ideafarm-door\000"
	"ideafarm-panic\000"
	"ideesrv\000"
	"iden-ralp\000"
	"identify\000"
	"idfp\000"
	"idig-mux\000"
	"idmaps\000"
	"idmgratm\000"
	"idonix-metanet\000"
	"idotdist\000"
	"idp-infotrieve\000"
	"idps\000"
	"idrs\000"
	"idtp\000"
	"idware-router\000"
	"idxp\000"
	"iec-104\000"
	"iec-104-sec\000"
	"iee-qfx\000"
	"ieee-mih\000"
	"ieee-mms\000"
	"ieee-mms-ssl\000"
	"ieee11073-20701\000"
	"ies-lm\000"
	"ifcp-port\000"
	"ife-icorp\000"
	"ifor-protocol\000"
	"ifsf-hb-port\000"
	"ifsp\000"
	"igcp\000"
	"igi-lm\000"
	"igmpv3lite\000"
	"igo-incognito\000"
	"igrid\000"
	"igrs\000"
	"ii-admin\000"
	"iims\000"
	"iiw-port\000"
	"ilss\000"
	"imagepump\000"
	"imagequery\000"
	"imap\000"
	"imap3\000"
	"imaps\000"
	"imdocsvc\000"
	"imgames\000"
	"imink\000"
	"imip\000"
	"imip-channels\000"
	"immedianet-bcn\000"
	"imoguia-port\000"
	"impera\000"
	"imprs\000"
	"imqbrokerd\000"
	"imqstomp\000"
	"imqstomps\000"
	"imqtunnel\000"
	"imqtunnels\000"
	"imsldoc\000"
	"imsp\000"
	"imtc-map\000"
	"imtc-mcs\000"
	"imyx\000"
	"inbusiness\000"
	"incognitorv\000"
	"incp\000"
	"index-net\000"
	"index-pc-wb\000"
	"indi\000"
	"indigo-server\000"
	"indigo-vbcp\000"
	"indigo-vrmi\000"
	"indura\000"
	"indx-dds\000"
	"indy\000"
	"inedo\000"
	"inetfs\000"
	"infi-async\000"
	"infiniswitchcl\000"
	"influence\000"
	"infobright\000"
	"infocrypt\000"
	"infoexch\000"
	"infolibria\000"
	"infoman\000"
	"infomover\000"
	"informatik-lm\000"
	"informer\000"
	"infoseek\000"
	"infotos\000"
	"infowave\000"
	"ingres-net\000"
	"ingreslock\000"
	"ininmessaging\000"
	"iniserve-port\000"
	"initlsmsad\000"
	"innosys\000"
	"innosys-acl\000"
	"inova-ip-disco\000"
	"inovaport1\000"
	"inovaport2\000"
	"inovaport3\000"
	"inovaport4\000"
	"inovaport5\000"
	"inovaport6\000"
	"insis\000"
	"insitu-conf\000"
	"inspect\000"
	"inspider\000"
	"inst-discovery\000"
	"instantia\000"
	"instl-bootc\000"
	"instl-boots\000"
	"int-rcv-cntrl\000"
	"intecom-ps1\000"
	"intecom-ps2\000"
	"intecourier\000"
	"integra-sme\000"
	"integral\000"
	"integrius-stp\000"
	"intel-rci\000"
	"intel-rci-mp\000"
	"intelliadm-disc\000"
	"intellistor-lm\000"
	"intelsync\000"
	"interact\000"
	"interactionweb\000"
	"interhdl-elmd\000"
	"interintelli\000"
	"intermapper\000"
	"interpathpanel\000"
	"intersan\000"
	"interserver\000"
	"intersys-cache\000"
	"interwise\000"
	"interworld\000"
	"intraintra\000"
	"intrastar\000"
	"intrepid-ssl\000"
	"intrinsa\000"
	"intu-ec-client\000"
	"intu-ec-svcdisc\000"
	"intuitive-edge\000"
	"intv\000"
	"invision\000"
	"invision-ag\000"
	"invokator\000"
	"io-dist-data\000"
	"io-dist-group\000"
	"ioc-sea-lm\000"
	"iona-data\000"
	"ionixnetmon\000"
	"ip-blf\000"
	"ip-provision\000"
	"ip-qsig\000"
	"ipass\000"
	"ipcd\000"
	"ipcd3\000"
	"ipcore\000"
	"ipcs-command\000"
	"ipdcesgbs\000"
	"ipdd\000"
	"ipdr-sp\000"
	"ipdtp-port\000"
	"ipether232port\000"
	"ipfix\000"
	"ipfixs\000"
	"ipfltbcst\000"
	"iph-policy-adm\000"
	"iph-policy-cli\000"
	"ipluminary\000"
	"iposplanet\000"
	"ipp\000"
	"ipr-dglt\000"
	"ipsec-nat-t\000"
	"ipsma\000"
	"ipt-anri-anri\000"
	"ipulse-ics\000"
	"ipx\000"
	"iqnet-port\000"
	"iqobject\000"
	"iqrm\000"
	"iqserver\000"
	"ique\000"
	"iracinghelper\000"
	"irc\000"
	"irc-serv\000"
	"ircs-u\000"
	"ircu\000"
	"irdg-post\000"
	"irdmi\000"
	"irdmi2\000"
	"iris-beep\000"
	"iris-lwz\000"
	"iris-xpc\000"
	"iris-xpcs\000"
	"irisa\000"
	"ironmail\000"
	"ironstorm\000"
	"irtrans\000"
	"is99c\000"
	"is99s\000"
	"isa100-gci\000"
	"isakmp\000"
	"isbconference1\000"
	"isbconference2\000"
	"iscape\000"
	"ischat\000"
	"iscsi\000"
	"iscsi-target\000"
	"isdc\000"
	"isdd\000"
	"isg-uda-server\000"
	"isi-gl\000"
	"isi-irp\000"
	"isis\000"
	"isis-am\000"
	"isis-ambc\000"
	"isis-bcast\000"
	"islc\000"
	"ismaeasdaqlive\000"
	"ismaeasdaqtest\000"
	"ismc\000"
	"ismserver\000"
	"isnetserv\000"
	"isns\000"
	"iso-ill\000"
	"iso-ip\000"
	"iso-tp0\000"
	"iso-tp0s\000"
	"iso-tsap\000"
	"iso-tsap-c2\000"
	"isode-dua\000"
	"isoft-p2p\000"
	"isoipsigport-1\000"
	"isoipsigport-2\000"
	"isomair\000"
	"ispipes\000"
	"ispmmgr\000"
	"isrp-port\000"
	"iss-mgmt-ssl\000"
	"issd\000"
	"isysg-lm\000"
	"ita-agent\000"
	"ita-manager\000"
	"itach\000"
	"itactionserver1\000"
	"itactionserver2\000"
	"italk\000"
	"itap-ddtp\000"
	"itelserverport\000"
	"item\000"
	"itinternet\000"
	"itm-lm\000"
	"itm-mccs\000"
	"itm-mcell-s\000"
	"itm-mcell-u\000"
	"ito-e-gui\000"
	"itose\000"
	"itscomm-ns\000"
	"itv-control\000"
	"itwo-server\000"
	"iua\000"
	"ivcollector\000"
	"ivecon-port\000"
	"ivocalize\000"
	"ivs-database\000"
	"ivs-insertion\000"
	"ivs-video\000"
	"ivsd\000"
	"iw-mmogame\000"
	"iwb-whiteboard\000"
	"iwec\000"
	"iwg1\000"
	"iwlistener\000"
	"iwserver\000"
	"izm\000"
	"j-ac\000"
	"j-lan-p\000"
	"j-link\000"
	"jacobus-lm\000"
	"jaleosnd\000"
	"jamlink\000"
	"jamserverport\000"
	"janus-disc\000"
	"jargon\000"
	"jaugsremotec-1\000"
	"jaugsremotec-2\000"
	"jaus\000"
	"jaxer-manager\000"
	"jaxer-web\000"
	"jaxflow\000"
	"jaxflow-data\000"
	"jboss-iiop\000"
	"jboss-iiop-ssl\000"
	"jbroker\000"
	"jdatastore\000"
	"jdl-dbkitchen\000"
	"jdmn-port\000"
	"jdp-disc\000"
	"jediserver\000"
	"jeol-nsddp-1\000"
	"jeol-nsddp-2\000"
	"jeol-nsddp-3\000"
	"jeol-nsddp-4\000"
	"jeol-nsdtp-1\000"
	"jeol-nsdtp-2\000"
	"jeol-nsdtp-3\000"
	"jeol-nsdtp-4\000"
	"jerand-lm\000"
	"jesmsjc\000"
	"jetcmeserver\000"
	"jetform\000"
	"jetformpreview\000"
	"jetstream\000"
	"jibe-eb\000"
	"jini-discovery\000"
	"jlicelmd\000"
	"jmact3\000"
	"jmact5\000"
	"jmact6\000"
	"jmb-cds1\000"
	"jmb-cds2\000"
	"jmevt2\000"
	"jmq-daemon-1\000"
	"jmq-daemon-2\000"
	"joaJewelSuite\000"
	"joltid\000"
	"jomamqmonitor\000"
	"joost\000"
	"journee\000"
	"jpegmpeg\000"
	"jprinter\000"
	"jstel\000"
	"jt400\000"
	"jt400-ssl\000"
	"jtag-server\000"
	"jtnetd-server\000"
	"jtnetd-status\000"
	"juka\000"
	"jute\000"
	"juxml-port\000"
	"jvclient\000"
	"jvl-mactalk\000"
	"jvserver\000"
	"jwalkserver\000"
	"jwclient\000"
	"jwpc\000"
	"jwpc-bin\000"
	"jwserver\000"
	"k-block\000"
	"k-patentssensor\000"
	"k3software-cli\000"
	"k3software-svr\000"
	"ka-kdp\000"
	"ka-sddp\000"
	"ka0wuc\000"
	"kali\000"
	"kana\000"
	"kar2ouche\000"
	"kastenchasepad\000"
	"kastenxpipe\000"
	"kazaa\000"
	"kca-service\000"
	"kdm\000"
	"kdnet\000"
	"kentrox-prot\000"
	"kerberos\000"
	"kerberos-adm\000"
	"kermit\000"
	"keyserver\000"
	"keyshadow\000"
	"keysrvr\000"
	"kfserver\000"
	"kftp\000"
	"kftp-data\000"
	"kfxaclicensing\000"
	"kingdomsonline\000"
	"kingfisher\000"
	"kink\000"
	"kiosk\000"
	"kitim\000"
	"kjtsiteserver\000"
	"klio\000"
	"klogin\000"
	"kme-trap-port\000"
	"kmip\000"
	"kmscontrol\000"
	"knet-cmp\000"
	"kofax-svr\000"
	"konshus-lm\000"
	"konspire2b\000"
	"kopek-httphead\000"
	"kpasswd\000"
	"kpdp\000"
	"kpn-icw\000"
	"krb524\000"
	"krb5gatekeeper\000"
	"kryptolan\000"
	"kshell\000"
	"ksysguard\000"
	"ktelnet\000"
	"kti-icad-srvr\000"
	"ktickets-rest\000"
	"kv-agent\000"
	"kv-server\000"
	"kvm-via-ip\000"
	"kwdb-commn\000"
	"kwtc\000"
	"kyoceranetdev\000"
	"kz-migr\000"
	"l-acoustics\000"
	"l2c-control\000"
	"l2c-data\000"
	"l2c-disc\000"
	"l2f\000"
	"l3-exprt\000"
	"l3-hawk\000"
	"l3-hbmon\000"
	"l3-ranger\000"
	"l3t-at-an\000"
	"l5nas-parchan\000"
	"labrat\000"
	"laes-bf\000"
	"lam\000"
	"lan900-remote\000"
	"landmarks\000"
	"lanmessenger\000"
	"lanner-lm\000"
	"lanrevagent\000"
	"lanrevserver\000"
	"lanschool\000"
	"lanschool-mpt\000"
	"lanserver\000"
	"lansource\000"
	"lansurveyor\000"
	"lansurveyorxml\000"
	"lanyon-lantern\000"
	"laplink\000"
	"launchbird-lm\000"
	"lavenir-lm\000"
	"lazy-ptop\000"
	"lbc-control\000"
	"lbc-measure\000"
	"lbc-sync\000"
	"lbc-watchdog\000"
	"lbf\000"
	"lbm\000"
	"lcm-server\000"
	"ldap-admin\000"
	"ldaps\000"
	"ldgateway\000"
	"ldoms-mgmt\000"
	"ldoms-migr\000"
	"lds-distrib\000"
	"lds-dump\000"
	"ldss\000"
	"ldxp\000"
	"lecroy-vicp\000"
	"leecoposserver\000"
	"legent-1\000"
	"legent-2\000"
	"leoip\000"
	"lhtp\000"
	"libelle\000"
	"libelle-disc\000"
	"liberty-lm\000"
	"licensedaemon\000"
	"limnerpressure\000"
	"linkname\000"
	"linktest\000"
	"linktest-s\000"
	"linogridengine\000"
	"lionhead\000"
	"lipsinc\000"
	"lipsinc1\000"
	"lisp-control\000"
	"lisp-data\000"
	"lispworks-orb\000"
	"listcrt-port\000"
	"listcrt-port-2\000"
	"listmgr-port\000"
	"livelan\000"
	"livestats\000"
	"ljk-login\000"
	"lkcmserver\000"
	"llm-csv\000"
	"llm-pass\000"
	"llmnr\000"
	"llsurfup-http\000"
	"llsurfup-https\000"
	"lm-dta\000"
	"lm-instmgr\000"
	"lm-mon\000"
	"lm-perfworks\000"
	"lm-sserver\000"
	"lm-webwatcher\000"
	"lm-x\000"
	"lmcs\000"
	"lmdp\000"
	"lmsocialserver\000"
	"lnvalarm\000"
	"lnvconsole\000"
	"lnvmailmon\000"
	"lnvmaps\000"
	"lnvpoller\000"
	"lnvstatus\000"
	"loadav\000"
	"loaprobe\000"
	"localinfosrvr\000"
	"lockstep\000"
	"locus-con\000"
	"locus-disc\000"
	"locus-map\000"
	"lofr-lm\000"
	"logcabin\000"
	"lonewolf-lm\000"
	"lontalk-norm\000"
	"lontalk-urgnt\000"
	"lonworks\000"
	"lonworks2\000"
	"loreji-panel\000"
	"lorica-in\000"
	"lorica-in-sec\000"
	"lorica-out\000"
	"lorica-out-sec\000"
	"lot105-ds-upd\000"
	"lotusmtap\000"
	"lotusnote\000"
	"lpar2rrd\000"
	"lpcp\000"
	"lpdg\000"
	"lpsrecommender\000"
	"lrs-paging\000"
	"ls3\000"
	"ls3bcast\000"
	"lsa-comm\000"
	"lsdp\000"
	"lsi-bobcat\000"
	"lsi-raid-mgmt\000"
	"lsp-ping\000"
	"lsp-self-ping\000"
	"lstp\000"
	"ltctcp\000"
	"ltcudp\000"
	"ltp-deepspace\000"
	"lumimgrd\000"
	"lupa\000"
	"lutap\000"
	"lutcp\000"
	"lv-auth\000"
	"lv-ffx\000"
	"lv-frontpanel\000"
	"lv-jc\000"
	"lv-not\000"
	"lv-pici\000"
	"lvision-lm\000"
	"lxi-evntsvc\000"
	"lyskom\000"
	"m-wnn\000"
	"m2mservices\000"
	"m2pa\000"
	"m2ua\000"
	"m3da\000"
	"m3da-disc\000"
	"m3ua\000"
	"m4-network-as\000"
	"mac-srvr-admin\000"
	"macbak\000"
	"macon-tcp\000"
	"macon-udp\000"
	"macromedia-fcs\000"
	"madcap\000"
	"madge-ltd\000"
	"magaya-network\000"
	"magbind\000"
	"magenta-logic\000"
	"magiccontrol\000"
	"magicnotes\000"
	"magicom\000"
	"magpie\000"
	"mailbox\000"
	"mailbox-lm\000"
	"mailprox\000"
	"mailq\000"
	"maincontrol\000"
	"mainsoft-lm\000"
	"maitrd\000"
	"manage-exec\000"
	"manet\000"
	"manyone-http\000"
	"manyone-xml\000"
	"mao\000"
	"mapper-mapethd\000"
	"mapper-nodemgr\000"
	"mapper-ws-ethd\000"
	"mapx\000"
	"marathontp\000"
	"marcam-lm\000"
	"markem-dcp\000"
	"martalk\000"
	"masc\000"
	"masqdialer\000"
	"matahari\000"
	"matip-type-a\000"
	"matip-type-b\000"
	"matrix-fed\000"
	"matrix-vnet\000"
	"matter\000"
	"max\000"
	"maxim-asics\000"
	"maytagshuffle\000"
	"mbap\000"
	"mbap-s\000"
	"mbg-ctrl\000"
	"mbl-battd\000"
	"mbus\000"
	"mc-appserver\000"
	"mc-brk-srv\000"
	"mc-client\000"
	"mc-comm\000"
	"mc-gt-srv\000"
	"mc2studios\000"
	"mc3ss\000"
	"mcagent\000"
	"mccwebsvr-port\000"
	"mcer-port\000"
	"mcftp\000"
	"mcidas\000"
	"mck-ivpip\000"
	"mcns-sec\000"
	"mcns-tel-ret\000"
	"mcntp\000"
	"mcp-port\000"
	"mcreport\000"
	"mcs-calypsoicf\000"
	"mcs-fastmail\000"
	"mcs-mailsvr\000"
	"mcs-messaging\000"
	"mctet-gateway\000"
	"mctet-jserv\000"
	"mctet-master\000"
	"mctfeed\000"
	"mctp\000"
	"md-cg-http\000"
	"mdap-port\000"
	"mdbs-daemon\000"
	"mdc-portmapper\000"
	"mdm\000"
	"mdns\000"
	"mdnsresponder\000"
	"mdqs\000"
	"mdtp\000"
	"mecomm\000"
	"med-ci\000"
	"med-fsp-rx\000"
	"med-fsp-tx\000"
	"med-ltp\000"
	"med-net-svc\000"
	"med-ovw\000"
	"med-supp\000"
	"medevolve\000"
	"media-agent\000"
	"mediabox\000"
	"mediacntrlnfsd\000"
	"mediaspace\000"
	"mediat\000"
	"mediavault-gui\000"
	"medimageportal\000"
	"megaco-h248\000"
	"megardsvr-port\000"
	"megaregsvrport\000"
	"memcache\000"
	"menandmice-dns\000"
	"menandmice-lpm\000"
	"menandmice-mon\000"
	"menandmice-noh\000"
	"menandmice-upg\000"
	"mentaclient\000"
	"mentaserver\000"
	"mercantile\000"
	"mercury-disc\000"
	"meregister\000"
	"mesavistaco\000"
	"messageasap\000"
	"messageservice\000"
	"meta-corp\000"
	"meta5\000"
	"metaagent\000"
	"metaconsole\000"
	"metaedit-mu\000"
	"metaedit-se\000"
	"metaedit-ws\000"
	"metagram\000"
	"metalbend\000"
	"metasage\000"
	"metastorm\000"
	"metasys\000"
	"metatude-mds\000"
	"metricadbc\000"
	"metrics-pas\000"
	"mevent\000"
	"mfcobol\000"
	"mfserver\000"
	"mftp\000"
	"mgcp-callagent\000"
	"mgcp-gateway\000"
	"mgcs-mfp-port\000"
	"mgemanagement\000"
	"mgesupervision\000"
	"mgxswitch\000"
	"miami-bcast\000"
	"mib-streaming\000"
	"mice\000"
	"micom-pfs\000"
	"microcom-sbp\000"
	"micromuse-lm\000"
	"micromuse-ncps\000"
	"micromuse-ncpw\000"
	"microsan\000"
	"microsoft-ds\000"
	"microtalon-com\000"
	"microtalon-dis\000"
	"midnight-tech\000"
	"mikey\000"
	"mil-2045-47001\000"
	"miles-apart\000"
	"mimer\000"
	"mindarray-ca\000"
	"mindfilesys\000"
	"mindprint\000"
	"minger\000"
	"mini-sql\000"
	"minilock\000"
	"minipay\000"
	"minirem\000"
	"minivend\000"
	"minotaur-sa\000"
	"mipi-debug\000"
	"mipv6tls\000"
	"mira\000"
	"miroconnect\000"
	"mirrtex\000"
	"mit-dov\000"
	"mit-ml-dev\000"
	"miteksys-lm\000"
	"miva-mqs\000"
	"mkm-discovery\000"
	"ml-svnet\000"
	"mle\000"
	"mloadd\000"
	"mlsn\000"
	"mma-discovery\000"
	"mmacomm\000"
	"mmaeds\000"
	"mmcal\000"
	"mmcals\000"
	"mmcc\000"
	"mmpft\000"
	"mnet-discovery\000"
	"mngsuite\000"
	"mni-prot-rout\000"
	"mnp-exchange\000"
	"mns-mail\000"
	"mobile-file-dl\000"
	"mobile-p2p\000"
	"mobileanalyzer\000"
	"mobileip-agent\000"
	"mobilip-mn\000"
	"mobrien-chat\000"
	"moldflow-lm\000"
	"molly\000"
	"mondex\000"
	"monetra\000"
	"monetra-admin\000"
	"mongodb\000"
	"monkeycom\000"
	"montage-lm\000"
	"mortgageware\000"
	"mosaicsyssvc1\000"
	"mosaixcc\000"
	"moshebeeri\000"
	"mountd\000"
	"movaz-ssc\000"
	"moy-corp\000"
	"mpc-lifenet\000"
	"mpfoncl\000"
	"mpfwsas\000"
	"mphlpdmc\000"
	"mpidcagt\000"
	"mpidcmgr\000"
	"mpl-gprs-port\000"
	"mpls-pm\000"
	"mpls-udp\000"
	"mpls-udp-dtls\000"
	"mpm\000"
	"mpm-flags\000"
	"mpm-snd\000"
	"mpnjsc\000"
	"mpnjsocl\000"
	"mpnjsomb\000"
	"mpnjsomg\000"
	"mpnjsosv\000"
	"mppolicy-mgr\000"
	"mppolicy-v5\000"
	"mps-raft\000"
	"mpshrsv\000"
	"mpsserver\000"
	"mpsysrmsvr\000"
	"mptn\000"
	"mqe-agent\000"
	"mqe-broker\000"
	"mrip\000"
	"mrm\000"
	"mrssrendezvous\000"
	"ms-alerter\000"
	"ms-cluster-net\000"
	"ms-do\000"
	"ms-ilm\000"
	"ms-ilm-sts\000"
	"ms-la\000"
	"ms-licensing\000"
	"ms-mcc\000"
	"ms-olap1\000"
	"ms-olap2\000"
	"ms-olap3\000"
	"ms-olap4\000"
	"ms-rome\000"
	"ms-rule-engine\000"
	"ms-s-sideshow\000"
	"ms-shuttle\000"
	"ms-sideshow\000"
	"ms-smlbiz\000"
	"ms-sna-base\000"
	"ms-sna-server\000"
	"ms-sql-m\000"
	"ms-sql-s\000"
	"ms-streaming\000"
	"ms-theater\000"
	"ms-v-worlds\000"
	"ms-wbt-server\000"
	"msdfsr\000"
	"msdts1\000"
	"msexch-routing\000"
	"msfrs\000"
	"msft-dpm-cert\000"
	"msft-gc\000"
	"msft-gc-ssl\000"
	"msfw-array\000"
	"msfw-control\000"
	"msfw-replica\000"
	"msfw-s-storage\000"
	"msfw-storage\000"
	"msg-auth\000"
	"msg-icp\000"
	"msgclnt\000"
	"msgsrvr\000"
	"mshvlm\000"
	"msi-cps-rm\000"
	"msi-cps-rm-disc\000"
	"msi-selectplay\000"
	"msiccp\000"
	"msims\000"
	"msl-lmd\000"
	"msmq\000"
	"msnp\000"
	"msolap-ptp2\000"
	"msp-os\000"
	"msr-plugin-port\000"
	"msrp\000"
	"msss\000"
	"mstmg-sstp\000"
	"msync\000"
	"mt-scaleserver\000"
	"mtcevrunqman\000"
	"mtcevrunqss\000"
	"mti-tcs-comm\000"
	"mtl8000-matrix\000"
	"mtn\000"
	"mtport-regist\000"
	"mtportmon\000"
	"mtqp\000"
	"mtrace\000"
	"mtrgtrans\000"
	"mtsserver\000"
	"multicast-ping\000"
	"multiling-http\000"
	"multip-msg\000"
	"multiplex\000"
	"mumps\000"
	"munin\000"
	"mupdate\000"
	"murray\000"
	"murx\000"
	"muse\000"
	"musiconline\000"
	"must-backplane\000"
	"must-p2p\000"
	"mvel-lm\000"
	"mvs-capacity\000"
	"mvx-lm\000"
	"mxi\000"
	"mxit\000"
	"mxodbc-connect\000"
	"mxomss\000"
	"mxxrlogin\000"
	"myblast\000"
	"mylex-mapd\000"
	"mylxamport\000"
	"mynahautostart\000"
	"myq-termlink\000"
	"myrtle\000"
	"mysql\000"
	"mysql-cluster\000"
	"mysql-cm-agent\000"
	"mysql-im\000"
	"mysql-proxy\000"
	"mysqlx\000"
	"mzap\000"
	"mzca-action\000"
	"mzca-alert\000"
	"n1-fwp\000"
	"n1-rmgmt\000"
	"n2h2server\000"
	"n2nremote\000"
	"n2receive\000"
	"na-er-tip\000"
	"na-localise\000"
	"naap\000"
	"nacagent\000"
	"nacnl\000"
	"namemunge\000"
	"namp\000"
	"nani\000"
	"nas-metering\000"
	"nasmanager\000"
	"natdataservice\000"
	"nati-dstp\000"
	"nati-logos\000"
	"nati-svrloc\000"
	"nati-vi-server\000"
	"nattyserver\000"
	"natuslink\000"
	"nav-data\000"
	"nav-data-cmd\000"
	"nav-port\000"
	"navbuddy\000"
	"navegaweb-port\000"
	"navisphere\000"
	"navisphere-sec\000"
	"nbd\000"
	"nbdb\000"
	"nbt-pc\000"
	"nbt-wol\000"
	"nburn-id\000"
	"nbx-au\000"
	"nbx-cc\000"
	"nbx-dir\000"
	"nbx-ser\000"
	"ncacn-ip-tcp\000"
	"ncadg-ip-udp\000"
	"ncconfig\000"
	"ncdloadbalance\000"
	"ncdmirroring\000"
	"nced\000"
	"ncld\000"
	"ncpm-ft\000"
	"ncpm-hip\000"
	"ncpm-pm\000"
	"ncpu\000"
	"ncr-ccl\000"
	"ncu-1\000"
	"ncu-2\000"
	"ncube-lm\000"
	"ncxcp\000"
	"ndl-aas\000"
	"ndl-ahp-svc\000"
	"ndl-als\000"
	"ndl-aps\000"
	"ndl-tcp-ois-gw\000"
	"ndm-agent-port\000"
	"ndm-requester\000"
	"ndm-server\000"
	"ndmp\000"
	"ndmps\000"
	"ndn\000"
	"ndnp\000"
	"nds-sso\000"
	"ndsauth\000"
	"ndsconnect\000"
	"ndsp\000"
	"ndtp\000"
	"nec-raidplus\000"
	"neckar\000"
	"necp\000"
	"nei-management\000"
	"neo4j\000"
	"neod1\000"
	"neod2\000"
	"neoiface\000"
	"neon24x7\000"
	"nerv\000"
	"nesh-broker\000"
	"nessus\000"
	"nest-protocol\000"
	"net-projection\000"
	"net-steward\000"
	"net2display\000"
	"net8-cman\000"
	"netadmin\000"
	"netagent\000"
	"netangel\000"
	"netapp-icdata\000"
	"netapp-icmgmt\000"
	"netapp-sync\000"
	"netarx\000"
	"netaspi\000"
	"netattachsdmp\000"
	"netbill-auth\000"
	"netbill-cred\000"
	"netbill-keyrep\000"
	"netbill-prod\000"
	"netbill-trans\000"
	"netbios-dgm\000"
	"netbios-ns\000"
	"netbios-ssn\000"
	"netblox\000"
	"netbookmark\000"
	"netboot-pxe\000"
	"netcabinet-com\000"
	"netcelera\000"
	"netchat\000"
	"netcheque\000"
	"netclip\000"
	"netcomm1\000"
	"netcomm2\000"
	"netconf-beep\000"
	"netconf-ch-ssh\000"
	"netconf-ch-tls\000"
	"netconf-ssh\000"
	"netconf-tls\000"
	"netconfsoapbeep\000"
	"netconfsoaphttp\000"
	"netcp\000"
	"netdb-export\000"
	"neteh\000"
	"neteh-ext\000"
	"netgw\000"
	"netinfo-local\000"
	"netiq\000"
	"netiq-endpoint\000"
	"netiq-endpt\000"
	"netiq-mc\000"
	"netiq-ncap\000"
	"netiq-qcheck\000"
	"netiq-voipa\000"
	"netlabs-lm\000"
	"netmagic\000"
	"netmap-lm\000"
	"netml\000"
	"netmo-default\000"
	"netmo-http\000"
	"netmount\000"
	"netmpi\000"
	"netnews\000"
	"neto-dcs\000"
	"neto-wol-server\000"
	"netobjects1\000"
	"netobjects2\000"
	"netop-rc\000"
	"netop-school\000"
	"netopia-vo1\000"
	"netopia-vo2\000"
	"netopia-vo3\000"
	"netopia-vo4\000"
	"netopia-vo5\000"
	"netops-broker\000"
	"netperf\000"
	"netplan\000"
	"netplay-port1\000"
	"netplay-port2\000"
	"netport-id\000"
	"netrcs\000"
	"netrek\000"
	"netrisk\000"
	"netrix-sftm\000"
	"netrjs-1\000"
	"netrjs-2\000"
	"netrjs-3\000"
	"netrjs-4\000"
	"netrockey6\000"
	"netsc-dev\000"
	"netsc-prod\000"
	"netscript\000"
	"netserialext1\000"
	"netserialext2\000"
	"netserialext3\000"
	"netserialext4\000"
	"netspeak-acd\000"
	"netspeak-cps\000"
	"netspeak-cs\000"
	"netspeak-is\000"
	"netsteward\000"
	"netsupport\000"
	"netsupport2\000"
	"nettest\000"
	"nettgain-nms\000"
	"netuitive\000"
	"netview-aix-1\000"
	"netview-aix-10\000"
	"netview-aix-11\000"
	"netview-aix-12\000"
	"netview-aix-2\000"
	"netview-aix-3\000"
	"netview-aix-4\000"
	"netview-aix-5\000"
	"netview-aix-6\000"
	"netview-aix-7\000"
	"netview-aix-8\000"
	"netview-aix-9\000"
	"netviewdm1\000"
	"netviewdm2\000"
	"netviewdm3\000"
	"netwall\000"
	"netware-csp\000"
	"netware-ip\000"
	"netwatcher-db\000"
	"netwatcher-mon\000"
	"netwave-ap-mgmt\000"
	"netwkpathengine\000"
	"networklens\000"
	"networklenss\000"
	"netx-agent\000"
	"netx-server\000"
	"netxms-agent\000"
	"netxms-mgmt\000"
	"netxms-sync\000"
	"neveroffline\000"
	"new-rwho\000"
	"newbay-snc-mc\000"
	"newgenpay\000"
	"newlixconfig\000"
	"newlixengine\000"
	"newlixreg\000"
	"newoak\000"
	"newwavesearch\000"
	"nexentamv\000"
	"nexgen\000"
	"nexgen-aux\000"
	"nexstorindltd\000"
	"nextstep\000"
	"nexus-portal\000"
	"nfa\000"
	"nfoldman\000"
	"nfsd-keepalive\000"
	"nfsrdma\000"
	"ng-umds\000"
	"nhci\000"
	"nhserver\000"
	"ni-visa-remote\000"
	"nicelink\000"
	"nicetec-mgmt\000"
	"nicetec-nmsvc\000"
	"nicname\000"
	"nifty-hmi\000"
	"nikatron-dev\000"
	"nilinkanalyst\000"
	"nim\000"
	"nim-vdrshell\000"
	"nim-wan\000"
	"nimaux\000"
	"nimbusdb\000"
	"nimbusdbctrl\000"
	"nimcontroller\000"
	"nimgtw\000"
	"nimhub\000"
	"nimreg\000"
	"nimrod-agent\000"
	"nimsh\000"
	"nimspooler\000"
	"ninaf\000"
	"niobserver\000"
	"niprobe\000"
	"nirp\000"
	"nitrogen\000"
	"njenet-ssl\000"
	"nkd\000"
	"nlg-data\000"
	"nlogin\000"
	"nls-tl\000"
	"nm-asses-admin\000"
	"nm-assessor\000"
	"nm-game-admin\000"
	"nm-game-server\000"
	"nmasoverip\000"
	"nmc-disc\000"
	"nmea-0183\000"
	"nmea-onenet\000"
	"nmmp\000"
	"nms-dpnss\000"
	"nms-topo-serv\000"
	"nmsd\000"
	"nmsigport\000"
	"nmsp\000"
	"nmsserver\000"
	"nnp\000"
	"nnsp\000"
	"nntp\000"
	"nntps\000"
	"noaaport\000"
	"noadmin\000"
	"noagent\000"
	"nod-client\000"
	"nod-provider\000"
	"noit-transport\000"
	"nokia-ann-ch1\000"
	"nokia-ann-ch2\000"
	"nomad\000"
	"nomdb\000"
	"norp\000"
	"norton-lambert\000"
	"notateit\000"
	"notateit-disc\000"
	"noteit\000"
	"noteshare\000"
	"noteza\000"
	"notezilla-lan\000"
	"notify-srvr\000"
	"novar-alarm\000"
	"novar-dbase\000"
	"novar-global\000"
	"novastorbakcup\000"
	"novation\000"
	"novell-ipx-cmd\000"
	"novell-lu6-2\000"
	"novell-zen\000"
	"nowcontact\000"
	"npdbgmngr\000"
	"npds-tracker\000"
	"npep-messaging\000"
	"npmp\000"
	"npmp-gui\000"
	"npmp-local\000"
	"npmp-trap\000"
	"nppmp\000"
	"npqes-test\000"
	"npsp\000"
	"nqs\000"
	"nrcabq-lm\000"
	"nrpe\000"
	"ns-cfg-server\000"
	"nsc-ccs\000"
	"nsc-posa\000"
	"nsdeepfreezectl\000"
	"nsesrvr\000"
	"nsiiops\000"
	"nsjtp-ctrl\000"
	"nsjtp-data\000"
	"nsrp\000"
	"nss-routing\000"
	"nssagentmgr\000"
	"nssalertmgr\000"
	"nssocketport\000"
	"nsstp\000"
	"nsw-fe\000"
	"nsws\000"
	"nta-ds\000"
	"nta-us\000"
	"ntalk\000"
	"ntske\000"
	"ntz-p2p-storage\000"
	"ntz-tracker\000"
	"nuauth\000"
	"nucleus\000"
	"nucleus-sand\000"
	"nufw\000"
	"nupaper-ss\000"
	"nusdp-disc\000"
	"nusrp\000"
	"nut\000"
	"nuts-bootp\000"
	"nuts-dem\000"
	"nuxsl\000"
	"nvc\000"
	"nvcnet\000"
	"nvd\000"
	"nvme\000"
	"nvme-disc\000"
	"nvmsgd\000"
	"nw-license\000"
	"nxedit\000"
	"nxlmd\000"
	"o2server-port\000"
	"oa-system\000"
	"obex\000"
	"objcall\000"
	"objective-dbc\000"
	"objectmanager\000"
	"obrpd\000"
	"observium-agent\000"
	"oc-lm\000"
	"ocbinder\000"
	"oce-snmp-trap\000"
	"oceansoft-lm\000"
	"ocs-amu\000"
	"ocs-cmu\000"
	"ocserver\000"
	"octopus\000"
	"octopustentacle\000"
	"odbcpathway\000"
	"odette-ftp\000"
	"odette-ftps\000"
	"odeumservlink\000"
	"odi-port\000"
	"odmr\000"
	"odn-castraq\000"
	"odnsp\000"
	"odsi\000"
	"oem-agent\000"
	"oemcacao-jmxmp\000"
	"oemcacao-rmi\000"
	"oemcacao-websvc\000"
	"office-tools\000"
	"officelink2000\000"
	"ofsd\000"
	"ogs-client\000"
	"ogs-server\000"
	"ohimsrv\000"
	"ohmtrigger\000"
	"ohsc\000"
	"oi-2000\000"
	"oidocsvc\000"
	"oidsr\000"
	"oirtgsvc\000"
	"oktaauthenticat\000"
	"olhost\000"
	"olsr\000"
	"olsv\000"
	"oma-dcdocbs\000"
	"oma-ilp\000"
	"oma-ilp-s\000"
	"oma-mlp\000"
	"oma-mlp-s\000"
	"oma-rlp\000"
	"oma-rlp-s\000"
	"oma-ulp\000"
	"omabcastltkm\000"
	"omasgport\000"
	"omginitialrefs\000"
	"omhs\000"
	"omnilink-port\000"
	"omnisky\000"
	"omnivision\000"
	"omnivisionesx\000"
	"oms-nonsecure\000"
	"omscontact\000"
	"omsdk\000"
	"omserv\000"
	"omstopology\000"
	"omviagent\000"
	"omviserver\000"
	"onbase-dds\000"
	"onehome-help\000"
	"onehome-remote\000"
	"onep-tls\000"
	"onesaf\000"
	"onmux\000"
	"onpsocket\000"
	"onscreen\000"
	"ontime\000"
	"ontobroker\000"
	"oob-ws-http\000"
	"oob-ws-https\000"
	"op-probe\000"
	"opalis-rbt-ipc\000"
	"opalis-rdv\000"
	"opalis-robot\000"
	"opc-job-start\000"
	"opc-job-track\000"
	"opcon-xps\000"
	"opcua-tcp\000"
	"opcua-tls\000"
	"opcua-udp\000"
	"opencm\000"
	"opencore\000"
	"opendeploy\000"
	"openflow\000"
	"openhpid\000"
	"openit\000"
	"openmailg\000"
	"openmailns\000"
	"openmailpxy\000"
	"openmath\000"
	"opennl\000"
	"opennl-voice\000"
	"openport\000"
	"openqueue\000"
	"openremote-ctrl\000"
	"openstack-id\000"
	"opentable\000"
	"opentelemetry\000"
	"opentrac\000"
	"openvms-sysipc\000"
	"openvpn\000"
	"openwebnet\000"
	"opequus-server\000"
	"opi-sock\000"
	"opnet-smp\000"
	"opsec-cvp\000"
	"opsec-ela\000"
	"opsec-lea\000"
	"opsec-omi\000"
	"opsec-sam\000"
	"opsec-uaa\000"
	"opsec-ufp\000"
	"opsession-clnt\000"
	"opsession-prxy\000"
	"opsession-srvr\000"
	"opsmessaging\000"
	"opsmgr\000"
	"opsview-envoy\000"
	"opswagent\000"
	"opswmanager\000"
	"optech-port1-lm\000"
	"optika-emedia\000"
	"optilogic\000"
	"optima-vnet\000"
	"optiwave-lm\000"
	"optocontrol\000"
	"optohost002\000"
	"optohost003\000"
	"optohost004\000"
	"opus-services\000"
	"ora-lm\000"
	"ora-oap\000"
	"oracle\000"
	"oracle-em1\000"
	"oracle-em2\000"
	"oracle-ms-ens\000"
	"oracle-oms\000"
	"oracle-vp1\000"
	"oracle-vp2\000"
	"oracleas-https\000"
	"oraclenames\000"
	"oraclenet8cman\000"
	"orasrv\000"
	"orbiter\000"
	"orbix-cfg-ssl\000"
	"orbix-config\000"
	"orbix-loc-ssl\000"
	"orbix-locator\000"
	"orbixd\000"
	"orbplus-iiop\000"
	"ordinox-dbase\000"
	"ordinox-server\000"
	"origo-native\000"
	"origo-sync\000"
	"orion-rmi-reg\000"
	"ortec-disc\000"
	"os-licman\000"
	"osaut\000"
	"osb-sd\000"
	"osdcp\000"
	"osm-appsrvr\000"
	"osm-oev\000"
	"osmosis-aeea\000"
	"osp\000"
	"ospf-lite\000"
	"osu-nms\000"
	"osvr\000"
	"otlp\000"
	"otmp\000"
	"otpatch\000"
	"ott\000"
	"ottp\000"
	"otv\000"
	"outlaws\000"
	"ov-nnm-websrv\000"
	"ovalarmsrv\000"
	"ovalarmsrv-cmd\000"
	"ovbus\000"
	"oveadmgr\000"
	"ovhpas\000"
	"ovladmgr\000"
	"ovobs\000"
	"ovrimosdbman\000"
	"ovsam-d-agent\000"
	"ovsam-mgmt\000"
	"ovsdb\000"
	"ovsessionmgr\000"
	"ovtopmd\000"
	"ovwdb\000"
	"owamp-control\000"
	"owamp-test\000"
	"owms\000"
	"p-net-local\000"
	"p-net-remote\000"
	"p25cai\000"
	"p2pcommunity\000"
	"p2pevolvenet\000"
	"p2pgroup\000"
	"p2pq\000"
	"p4p-portal\000"
	"p4runtime\000"
	"p6ssmc\000"
	"pace-licensed\000"
	"pacerforum\000"
	"pacmand\000"
	"pacom\000"
	"padl2sim\000"
	"pads\000"
	"pafec-lm\000"
	"paging-port\000"
	"pago-services1\000"
	"pago-services2\000"
	"palace-1\000"
	"palace-2\000"
	"palace-3\000"
	"palace-4\000"
	"palace-5\000"
	"palace-6\000"
	"palcom-disc\000"
	"pammratc\000"
	"pammrpc\000"
	"pana\000"
	"panagolin-ident\000"
	"panasas\000"
	"pangolin-laser\000"
	"papachi-p2p-srv\000"
	"paradym-31port\000"
	"paragent\000"
	"parallel\000"
	"park-agent\000"
	"parliant\000"
	"parsec-game\000"
	"parsec-master\000"
	"parsec-peer\000"
	"partimage\000"
	"passgo\000"
	"passgo-tivoli\000"
	"password-chg\000"
	"passwrd-policy\000"
	"patrol\000"
	"patrol-coll\000"
	"patrol-ism\000"
	"patrol-mq-gm\000"
	"patrol-mq-nm\000"
	"patrol-snmp\000"
	"patrolview\000"
	"pawserv\000"
	"pay-per-view\000"
	"paycash-online\000"
	"paycash-wbp\000"
	"payrouter\000"
	"pc-mta-addrmap\000"
	"pc-telecommute\000"
	"pcanywheredata\000"
	"pcanywherestat\000"
	"pcc-image-port\000"
	"pcc-mfp\000"
	"pcep\000"
	"pcia-rxp-b\000"
	"pciarray\000"
	"pcihreq\000"
	"pcle-infex\000"
	"pclemultimedia\000"
	"pcmail-srv\000"
	"pcmk-remote\000"
	"pcoip\000"
	"pcoip-mgmt\000"
	"pconnectmgr\000"
	"pcp-multicast\000"
	"pcptcpservice\000"
	"pcs-pcw\000"
	"pcs-sf-ui-man\000"
	"pcsync-http\000"
	"pcsync-https\000"
	"pctrader\000"
	"pcttunnell\000"
	"pd-admin\000"
	"pda-data\000"
	"pda-gate\000"
	"pda-sys\000"
	"pdap-np\000"
	"pdb\000"
	"pdefmns\000"
	"pdnet\000"
	"pdps\000"
	"pdrncs\000"
	"pds\000"
	"pdtp\000"
	"pduncs\000"
	"pe-mike\000"
	"pearldoc-xact\000"
	"peerbook-port\000"
	"peerwire\000"
	"pegasus\000"
	"pegasus-ctl\000"
	"pegboard\000"
	"pehelp\000"
	"pentbox-sim\000"
	"peocoll\000"
	"peoctlr\000"
	"peport\000"
	"perf-port\000"
	"perfd\000"
	"perimlan\000"
	"periscope\000"
	"permabit-cs\000"
	"perrla\000"
	"persona\000"
	"personal-agent\000"
	"personal-link\000"
	"personalos-001\000"
	"personnel\000"
	"pfcp\000"
	"pftp\000"
	"pfu-prcallback\000"
	"pgbackrest\000"
	"pgbouncer\000"
	"pgps\000"
	"pharmasoft\000"
	"pharos\000"
	"philips-vc\000"
	"phoenix-rpc\000"
	"phonebook\000"
	"phonex-port\000"
	"photuris\000"
	"phrelay\000"
	"phrelaydbg\000"
	"piccolo\000"
	"pichat\000"
	"picknfs\000"
	"picodbc\000"
	"pictrography\000"
	"pim-port\000"
	"pim-rp-disc\000"
	"ping-pong\000"
	"pinghgl\000"
	"pipe-server\000"
	"piranha1\000"
	"piranha2\000"
	"pirp\000"
	"pit-vpn\000"
	"pixelpusher\000"
	"pjj-player\000"
	"pjj-player-disc\000"
	"pjlink\000"
	"pk\000"
	"pk-electronics\000"
	"pkagent\000"
	"pkix-3-ca-ra\000"
	"pkix-cmc\000"
	"pkix-timestamp\000"
	"pkt-krb-ipsec\000"
	"pktcable-cops\000"
	"pktcablemmcops\000"
	"plato\000"
	"plato-lm\000"
	"playsta2-app\000"
	"playsta2-lob\000"
	"plbserve-port\000"
	"plcy-net-svcs\000"
	"plethora\000"
	"plgproxy\000"
	"pluribus\000"
	"plysrv-http\000"
	"plysrv-https\000"
	"pm-cmdsvr\000"
	"pmas\000"
	"pmcd\000"
	"pmcdproxy\000"
	"pmcp\000"
	"pmcs\000"
	"pmdfmgt\000"
	"pmdmgr\000"
	"pmip6-cntl\000"
	"pmip6-data\000"
	"pmsm-webrctl\000"
	"pmwebapi\000"
	"pn-requester\000"
	"pn-requester2\000"
	"pnaconsult-lm\000"
	"pnbs\000"
	"pnbscada\000"
	"pnet-conn\000"
	"pnet-enc\000"
	"pnrp-port\000"
	"pns\000"
	"polestar\000"
	"policyserver\000"
	"pon-ictp\000"
	"pop2\000"
	"pop3\000"
	"pop3s\000"
	"popup-reminders\000"
	"portgate-auth\000"
	"postgresql\000"
	"pov-ray\000"
	"powerburst\000"
	"powerclientcsf\000"
	"powerexchange\000"
	"powergemplus\000"
	"powerguardian\000"
	"poweronnud\000"
	"powerschool\000"
	"powwow-client\000"
	"powwow-server\000"
	"ppactivation\000"
	"ppcontrol\000"
	"ppsms\000"
	"ppsuitemsg\000"
	"pptconference\000"
	"pptp\000"
	"pq-lic-mgmt\000"
	"pqsflows\000"
	"pqsp\000"
	"prRegister\000"
	"pra-elmd\000"
	"prat\000"
	"prchat-server\000"
	"prchat-user\000"
	"precise-comm\000"
	"precise-i3\000"
	"precise-sft\000"
	"precise-vip\000"
	"predatar-comms\000"
	"prelude\000"
	"presence\000"
	"presonus-ucnet\000"
	"prex-tcp\000"
	"prgp\000"
	"primaserver\000"
	"princity-agent\000"
	"print-srv\000"
	"printer-agent\000"
	"printopia\000"
	"priority-e-com\000"
	"prism-deploy\000"
	"prismiq-plugin\000"
	"privateark\000"
	"privatechat\000"
	"privatewire\000"
	"privilege\000"
	"privoxy\000"
	"prizma\000"
	"prm-nm\000"
	"prm-nm-np\000"
	"prm-sm\000"
	"prm-sm-np\000"
	"prnrequest\000"
	"prnstatus\000"
	"pro-ed\000"
	"proactivate\000"
	"proactivesrvr\000"
	"proaxess\000"
	"procos-lm\000"
	"prodigy-intrnet\000"
	"productinfo\000"
	"profile\000"
	"profilemac\000"
	"profinet-cm\000"
	"profinet-rt\000"
	"profinet-rtm\000"
	"progistics\000"
	"programmar\000"
	"prolink\000"
	"proofd\000"
	"propel-msgsys\000"
	"proremote\000"
	"proshare-mc-1\000"
	"proshare-mc-2\000"
	"proshare1\000"
	"proshare2\000"
	"proshareaudio\000"
	"prosharedata\000"
	"prosharenotify\000"
	"prosharerequest\000"
	"prosharevideo\000"
	"prospero\000"
	"proxim\000"
	"proxima-lm\000"
	"proxy-gateway\000"
	"prp\000"
	"prsvp\000"
	"ps-ams\000"
	"psbserver\000"
	"pscl-mgt\000"
	"pscribe\000"
	"pscupd\000"
	"psdbserver\000"
	"psi-ptt\000"
	"psl-management\000"
	"pslicser\000"
	"pslserver\000"
	"psmond\000"
	"psprserver\000"
	"pspserver\000"
	"psqlmws\000"
	"psrserver\000"
	"psrt\000"
	"pssc\000"
	"pt-tls\000"
	"pt2-discover\000"
	"ptcnameservice\000"
	"ptk-alink\000"
	"ptp-event\000"
	"ptp-general\000"
	"publiqare-sync\000"
	"pulsonixnls\000"
	"pumpkindb\000"
	"puparp\000"
	"puppet\000"
	"purenoise\000"
	"purityrpc\000"
	"pushns\000"
	"pvaccess\000"
	"pvsw\000"
	"pvsw-inet\000"
	"pvuniwien\000"
	"pvxpluscs\000"
	"pvxplusio\000"
	"pwdgen\000"
	"pwdis\000"
	"pwgippfax\000"
	"pwgpsi\000"
	"pwgwims\000"
	"pwrsevent\000"
	"pxc-epmap\000"
	"pxc-ntfy\000"
	"pxc-pin\000"
	"pxc-roid\000"
	"pxc-sapxom\000"
	"pxc-splr\000"
	"pxc-splr-ft\000"
	"pxc-spvr\000"
	"pxc-spvr-ft\000"
	"pyrrho\000"
	"q3ade\000"
	"q55-pcc\000"
	"qadmifevent\000"
	"qadmifoper\000"
	"qb-db-server\000"
	"qbdb\000"
	"qbikgdp\000"
	"qcp\000"
	"qdb2service\000"
	"qencp\000"
	"qfp\000"
	"qft\000"
	"qftest-licserve\000"
	"qftest-lookup\000"
	"qip-audup\000"
	"qip-login\000"
	"qip-msgd\000"
	"qip-qdhcp\000"
	"qke-llc-v3\000"
	"qmqp\000"
	"qmtp\000"
	"qmtps\000"
	"qmvideo\000"
	"qnts-orb\000"
	"qnxnetman\000"
	"qo-secure\000"
	"qolyester\000"
	"qotd\000"
	"qotps\000"
	"qpasa-agent\000"
	"qptlmd\000"
	"qrh\000"
	"qsm-gui\000"
	"qsm-proxy\000"
	"qsm-remote\000"
	"qsnet-assist\000"
	"qsnet-cond\000"
	"qsnet-nucl\000"
	"qsnet-trans\000"
	"qsnet-workst\000"
	"qsoft\000"
	"qt-serveradmin\000"
	"qtms-bootstrap\000"
	"qtp\000"
	"quaddb\000"
	"quailnet\000"
	"quake\000"
	"quantastor\000"
	"quartus-tcl\000"
	"quasar-server\000"
	"qubes\000"
	"quest-agent\000"
	"quest-data-hub\000"
	"quest-disc\000"
	"quest-vista\000"
	"questdb2-lnchr\000"
	"questnotify\000"
	"queueadm\000"
	"quickbooksrds\000"
	"quicksuite\000"
	"quosa\000"
	"quotad\000"
	"qvr\000"
	"qwave\000"
	"raadmin\000"
	"racf\000"
	"radan-http\000"
	"radclientport\000"
	"radec-corp\000"
	"radg\000"
	"radio-bc\000"
	"radio-sm\000"
	"radius\000"
	"radius-acct\000"
	"radius-dynauth\000"
	"radix\000"
	"radmin-port\000"
	"radmind\000"
	"radpdf\000"
	"rads\000"
	"radsec\000"
	"radware-rpm\000"
	"radware-rpm-s\000"
	"radwiz-nms-srv\000"
	"raid-ac\000"
	"raid-am\000"
	"raid-cc\000"
	"raid-cd\000"
	"raid-cs\000"
	"raid-sf\000"
	"railgun-webaccl\000"
	"ramp\000"
	"rancher\000"
	"rap-ip\000"
	"rap-listen\000"
	"rap-service\000"
	"rapidbase\000"
	"rapidmq-center\000"
	"rapidmq-reg\000"
	"rapido-ip\000"
	"raqmon-pdu\000"
	"rasadv\000"
	"ratio-adp\000"
	"ratl\000"
	"ravehd\000"
	"raven-rdp\000"
	"raven-rmp\000"
	"raventbs\000"
	"raventdm\000"
	"raw-serial\000"
	"raxa-mgmt\000"
	"razor\000"
	"rbakcup1\000"
	"rbakcup2\000"
	"rblcheckd\000"
	"rbr-debug\000"
	"rbr-discovery\000"
	"rbsystem\000"
	"rbt-smc\000"
	"rbt-wanopt\000"
	"rcc-host\000"
	"rcip-itu\000"
	"rcst\000"
	"rcts\000"
	"rda\000"
	"rdb-dbs-disp\000"
	"rdc-wh-eos\000"
	"rdgs\000"
	"rdlap\000"
	"rdm-tfs\000"
	"rdmnet-ctrl\000"
	"rdmnet-device\000"
	"rdrmshc\000"
	"rds-ib\000"
	"rds-ip\000"
	"rds2\000"
	"re-conn-proto\000"
	"re-mail-ck\000"
	"re101\000"
	"reachout\000"
	"realm-rusd\000"
	"realsecure\000"
	"rebol\000"
	"recipe\000"
	"recvr-rc\000"
	"recvr-rc-disc\000"
	"redis\000"
	"redstone-cpss\000"
	"redstorm-diag\000"
	"redstorm-find\000"
	"redstorm-info\000"
	"redstorm-join\000"
	"redwood-chat\000"
	"reftek\000"
	"registrar\000"
	"relief\000"
	"rellpack\000"
	"reload-config\000"
	"remcap\000"
	"remctl\000"
	"remographlm\000"
	"remote-as\000"
	"remote-collab\000"
	"remote-kis\000"
	"remote-winsock\000"
	"remotedeploy\000"
	"remotefs\000"
	"remoteware-un\000"
	"repcmd\000"
	"repliweb\000"
	"repscmd\000"
	"repsvc\000"
	"res-sap\000"
	"resacommunity\000"
	"rescap\000"
	"resorcs\000"
	"resource-mgr\000"
	"responselogic\000"
	"responsenet\000"
	"restconf-ch-tls\000"
	"retp\000"
	"retrospect\000"
	"rets\000"
	"rets-ssl\000"
	"reversion\000"
	"rexecj\000"
	"rfa\000"
	"rfb\000"
	"rfe\000"
	"rfid-rp1\000"
	"rfile\000"
	"rfio\000"
	"rfmp\000"
	"rgtp\000"
	"rhp-iibp\000"
	"rib-slm\000"
	"ricardo-lm\000"
	"rich-cp\000"
	"ridgeway1\000"
	"ridgeway2\000"
	"rift-lies\000"
	"rift-ties\000"
	"rimf-ps\000"
	"rimsl\000"
	"ripng\000"
	"ris-cm\000"
	"rise\000"
	"rjcdb-vcards\000"
	"rje\000"
	"rkb-oscs\000"
	"rlm\000"
	"rlm-admin\000"
	"rlm-disc\000"
	"rlzdbase\000"
	"rmc\000"
	"rmiactivation\000"
	"rmiaux\000"
	"rmiregistry\000"
	"rmlnk\000"
	"rmonitor\000"
	"rmonitor-secure\000"
	"rmopagt\000"
	"rmpp\000"
	"rms-agent\000"
	"rmt\000"
	"rmtserver\000"
	"rndc\000"
	"rnm\000"
	"rnmap\000"
	"rnrp\000"
	"robcad-lm\000"
	"robix\000"
	"roboeda\000"
	"roboer\000"
	"robot-remote\000"
	"robotraconteur\000"
	"roce\000"
	"rockwell-csp2\000"
	"rocrail\000"
	"roketz\000"
	"rootd\000"
	"rothaga\000"
	"routematch\000"
	"roverlog\000"
	"rp-reputation\000"
	"rpas-c2\000"
	"rpasswd\000"
	"rpc2portmap\000"
	"rpi\000"
	"rpki-rtr\000"
	"rpki-rtr-tls\000"
	"rprt\000"
	"rrac\000"
	"rrdp\000"
	"rrh\000"
	"rrifmm\000"
	"rrilwm\000"
	"rrimwm\000"
	"rrirtr\000"
	"rrisat\000"
	"rs-pias\000"
	"rs-rmi\000"
	"rs-status\000"
	"rsap\000"
	"rsc-robot\000"
	"rscd\000"
	"rscs\000"
	"rsf-1\000"
	"rsh-spx\000"
	"rsip\000"
	"rsisysaccess\000"
	"rsms\000"
	"rsmtp\000"
	"rsom\000"
	"rsqlserver\000"
	"rsvd\000"
	"rsvp-encap-1\000"
	"rsvp-encap-2\000"
	"rsvp-tunnel\000"
	"rt-classmanager\000"
	"rt-devicemapper\000"
	"rt-event\000"
	"rt-event-s\000"
	"rt-helper\000"
	"rt-labtracker\000"
	"rt-sound\000"
	"rt-viewer\000"
	"rtc-pm-port\000"
	"rtcm-sc104\000"
	"rtelnet\000"
	"rtimeviewer\000"
	"rtip\000"
	"rtmp-port\000"
	"rtnt-1\000"
	"rtnt-2\000"
	"rtps-dd-mt\000"
	"rtps-dd-ut\000"
	"rtps-discovery\000"
	"rtraceroute\000"
	"rtsclient\000"
	"rtsp\000"
	"rtsp-alt\000"
	"rtsps\000"
	"rtsserv\000"
	"rugameonline\000"
	"rusb-sys-port\000"
	"rushd\000"
	"rvs-isdn-dcp\000"
	"rwhois\000"
	"rwp\000"
	"rxapi\000"
	"rxe\000"
	"rxmon\000"
	"s-bfd\000"
	"s-openmail\000"
	"s102\000"
	"s3db\000"
	"s8-client-port\000"
	"sa-msg-port\000"
	"sabams\000"
	"sabarsd\000"
	"sabp-signal\000"
	"sac\000"
	"sacred\000"
	"safetynetp\000"
	"saft\000"
	"sage-best-com1\000"
	"sage-best-com2\000"
	"sagectlpanel\000"
	"sagxtsds\000"
	"sah-lm\000"
	"sais\000"
	"saiscm\000"
	"saiseh\000"
	"saism\000"
	"salient-dtasrv\000"
	"salient-mux\000"
	"salient-usrmgr\000"
	"saltd-licensing\000"
	"samd\000"
	"samsung-disc\000"
	"samsung-unidex\000"
	"sanavigator\000"
	"sandpolis\000"
	"sane-port\000"
	"sanity\000"
	"santak-ups\000"
	"santools\000"
	"saphostctrl\000"
	"saphostctrls\000"
	"sapms\000"
	"sapv1\000"
	"saratoga\000"
	"saris\000"
	"sas-remote-hlp\000"
	"sasg\000"
	"sasggprs\000"
	"sasp\000"
	"sauterdongle\000"
	"savant\000"
	"sbackup\000"
	"sbi-agent\000"
	"sbl\000"
	"scaleft\000"
	"scan-change\000"
	"scanstat-1\000"
	"scc-security\000"
	"sccip-media\000"
	"sceanics\000"
	"scenccs\000"
	"scenidm\000"
	"scientia-sdb\000"
	"scientia-ssdb\000"
	"scinet\000"
	"scintilla\000"
	"scipticslsrvr\000"
	"sco-aip\000"
	"sco-dtmgr\000"
	"sco-inetmgr\000"
	"sco-peer-tta\000"
	"sco-sysmgr\000"
	"sco-websrvrmg3\000"
	"sco-websrvrmgr\000"
	"scohelp\000"
	"scoi2odialog\000"
	"scol\000"
	"scoremgr\000"
	"scotty-disc\000"
	"scotty-ft\000"
	"scp-config\000"
	"scpi-raw\000"
	"scpi-telnet\000"
	"scrabble\000"
	"screencast\000"
	"scriptview\000"
	"scscp\000"
	"scservp\000"
	"scte104\000"
	"scte30\000"
	"sctp-tunneling\000"
	"scup\000"
	"scup-disc\000"
	"scx-proxy\000"
	"sd-capacity\000"
	"sd-data\000"
	"sd-elmd\000"
	"sd-request\000"
	"sdbproxy\000"
	"sdclient\000"
	"sde-discovery\000"
	"sdfunc\000"
	"sdhelp\000"
	"sdl-ets\000"
	"sdmmp\000"
	"sdnskmp\000"
	"sdo\000"
	"sdo-ssh\000"
	"sdo-tls\000"
	"sdp-id-port\000"
	"sdp-portmapper\000"
	"sdproxy\000"
	"sdr\000"
	"sds-admin\000"
	"sdsc-lm\000"
	"sdserver\000"
	"sdt\000"
	"sdt-lmd\000"
	"sdtvwcam\000"
	"seagull-ais\000"
	"seagulllms\000"
	"seaodbc\000"
	"search-agent\000"
	"seaview\000"
	"sec-ntb-clnt\000"
	"sec-pc2fax-srv\000"
	"sec-t4net-clt\000"
	"sec-t4net-srv\000"
	"seclayer-tcp\000"
	"seclayer-tls\000"
	"secrmmsafecopya\000"
	"secure-cfg-svr\000"
	"secure-mqtt\000"
	"secure-ts\000"
	"securitychase\000"
	"seispoc\000"
	"semantix\000"
	"semaphore\000"
	"semi-grpc\000"
	"senip\000"
	"senomix01\000"
	"senomix02\000"
	"senomix03\000"
	"senomix04\000"
	"senomix05\000"
	"senomix06\000"
	"senomix07\000"
	"senomix08\000"
	"sentinel\000"
	"sentinel-ent\000"
	"sentinel-lm\000"
	"sentinelsrm\000"
	"sentlm-srv2srv\000"
	"sep\000"
	"seraph\000"
	"sercomm-scadmin\000"
	"sercomm-wlink\000"
	"serialgateway\000"
	"server-find\000"
	"serverdocs\000"
	"servergraph\000"
	"serverstart\000"
	"serverview-as\000"
	"serverview-asn\000"
	"serverview-gf\000"
	"serverview-icc\000"
	"serverview-rm\000"
	"serverviewdbms\000"
	"serverwsd2\000"
	"servexec\000"
	"service-ctrl\000"
	"servicemeter\000"
	"servicetags\000"
	"servistaitsm\000"
	"servserv\000"
	"servstat\000"
	"sesi-lm\000"
	"sf-lm\000"
	"sflm\000"
	"sflow\000"
	"sfm-db-server\000"
	"sfmsso\000"
	"sfs-config\000"
	"sfs-smp-net\000"
	"sftdst-port\000"
	"sftsrv\000"
	"sftu\000"
	"sgcip\000"
	"sgcp\000"
	"sge-execd\000"
	"sge-qmaster\000"
	"sgi-arrayd\000"
	"sgi-dmfmgr\000"
	"sgi-esphttp\000"
	"sgi-eventmond\000"
	"sgi-lk\000"
	"sgi-soap\000"
	"sgi-storman\000"
	"sgmp\000"
	"sgmp-traps\000"
	"shadowserver\000"
	"shadowstream\000"
	"shaperai\000"
	"shaperai-disc\000"
	"shareapp\000"
	"sharp-server\000"
	"shiprush-d-ch\000"
	"shiprush-db-svr\000"
	"shiva-confsrvr\000"
	"shivadiscovery\000"
	"shivahose\000"
	"shivasound\000"
	"shockwave\000"
	"shockwave2\000"
	"shofar\000"
	"showcockpit-net\000"
	"shrewd-control\000"
	"shrewd-stream\000"
	"shrinkwrap\000"
	"sia-ctrl-plane\000"
	"siam\000"
	"sicct\000"
	"sicct-sdp\000"
	"siebel-ns\000"
	"siemensgsm\000"
	"sieve\000"
	"sift-uft\000"
	"sightline\000"
	"sigma-port\000"
	"signacert-agent\000"
	"signet-ctf\000"
	"siipat\000"
	"silc\000"
	"silhouette\000"
	"silkmeter\000"
	"silkp1\000"
	"silkp2\000"
	"silkp3\000"
	"silkp4\000"
	"silverpeakcomm\000"
	"silverpeakpeer\000"
	"silverplatter\000"
	"sim-control\000"
	"simba-cs\000"
	"simbaexpress\000"
	"simbaservices\000"
	"simco\000"
	"simctlp\000"
	"simon\000"
	"simon-disc\000"
	"simp-all\000"
	"simple-push\000"
	"simple-push-s\000"
	"simple-tx-rx\000"
	"simplement-tie\000"
	"simplifymedia\000"
	"simslink\000"
	"sips\000"
	"sis-emt\000"
	"sitaradir\000"
	"sitaramgmt\000"
	"sitaraserver\000"
	"sitewatch\000"
	"sitewatch-s\000"
	"six-degrees\000"
	"sixchat\000"
	"sixid\000"
	"sixnetudr\000"
	"sixtrak\000"
	"sixxsconfig\000"
	"skip-cert-recv\000"
	"skip-cert-send\000"
	"skip-mc-gikreq\000"
	"skronk\000"
	"sky-transport\000"
	"skynetflow\000"
	"skytelnet\000"
	"slc-ctrlrloops\000"
	"slc-systemlog\000"
	"slim-devices\000"
	"slingshot\000"
	"slinkysearch\000"
	"slinterbase\000"
	"slm-api\000"
	"slp-notify\000"
	"slscc\000"
	"slslavemon\000"
	"slush\000"
	"sm-disc\000"
	"sm-pas-1\000"
	"sm-pas-2\000"
	"sm-pas-3\000"
	"sm-pas-4\000"
	"sm-pas-5\000"
	"sma-spw\000"
	"smaclmgr\000"
	"smakynet\000"
	"smallchat\000"
	"smap\000"
	"smar-se-port1\000"
	"smar-se-port2\000"
	"smart-diagnose\000"
	"smart-install\000"
	"smart-lm\000"
	"smartcard-port\000"
	"smartcard-tls\000"
	"smartpackets\000"
	"smartsdp\000"
	"smauth-port\000"
	"smbdirect\000"
	"smc-admin\000"
	"smc-http\000"
	"smc-jmx\000"
	"smcluster\000"
	"smile\000"
	"smip\000"
	"smntubootstrap\000"
	"smpnameres\000"
	"smpppd\000"
	"smpte\000"
	"sms-chat\000"
	"sms-rcinfo\000"
	"sms-remctrl\000"
	"sms-xfer\000"
	"smsd\000"
	"smsp\000"
	"smsqp\000"
	"smwan\000"
	"sna-cs\000"
	"snac\000"
	"snagas\000"
	"snap\000"
	"snapd\000"
	"snapenetio\000"
	"snapp\000"
	"snare\000"
	"snaresecure\000"
	"snif\000"
	"snifferclient\000"
	"snifferdata\000"
	"snifferserver\000"
	"snip-slave\000"
	"snmp-tcp-port\000"
	"snmpdtls\000"
	"snmpdtls-trap\000"
	"snmpssh\000"
	"snmpssh-trap\000"
	"snmptls\000"
	"snmptls-trap\000"
	"snmptrap\000"
	"snpp\000"
	"sns-admin\000"
	"sns-agent\000"
	"sns-channels\000"
	"sns-dispatcher\000"
	"sns-gateway\000"
	"sns-protocol\000"
	"sns-query\000"
	"sns-quote\000"
	"snss\000"
	"sntlkeyssrvr\000"
	"sntp-heartbeat\000"
	"soagateway\000"
	"soap-beep\000"
	"socalia\000"
	"social-alarm\000"
	"socks\000"
	"socorfs\000"
	"socp-c\000"
	"socp-t\000"
	"softaudit\000"
	"softcm\000"
	"softdataphone\000"
	"softpc\000"
	"softrack-meter\000"
	"solaris-audit\000"
	"solera-epmap\000"
	"solera-lpn\000"
	"solid-e-engine\000"
	"solid-mux\000"
	"solve\000"
	"sonardata\000"
	"soniqsync\000"
	"sonus\000"
	"sonus-logging\000"
	"sonuscallsig\000"
	"sophia-lm\000"
	"sops\000"
	"sor-update\000"
	"sos\000"
	"sossd-agent\000"
	"sossd-collect\000"
	"sossd-disc\000"
	"sossecollector\000"
	"soundsvirtual\000"
	"sovd\000"
	"spamtrap\000"
	"spandataport\000"
	"spartan\000"
	"spc\000"
	"spcsdlobby\000"
	"spdm\000"
	"spdp\000"
	"spdy\000"
	"spearway\000"
	"spectardata\000"
	"spectardb\000"
	"spectraport\000"
	"speedtrace\000"
	"speedtrace-disc\000"
	"spg\000"
	"sphinxapi\000"
	"sphinxql\000"
	"spike\000"
	"spiral-admin\000"
	"split-ping\000"
	"splitlock\000"
	"splitlock-gw\000"
	"spmp\000"
	"spock\000"
	"spocp\000"
	"spramsca\000"
	"spramsd\000"
	"spremotetablet\000"
	"sps-tunnel\000"
	"spsc\000"
	"spss\000"
	"spss-lm\000"
	"spt-automation\000"
	"sptx\000"
	"spugna\000"
	"spw-dialer\000"
	"spw-dnspreload\000"
	"spytechphone\000"
	"sqdr\000"
	"sql-net\000"
	"sqlexec\000"
	"sqlexec-ssl\000"
	"sqlserv\000"
	"sqlsrv\000"
	"srcp\000"
	"srdp\000"
	"srmp\000"
	"srp-feedback\000"
	"srssend\000"
	"sruth\000"
	"srvc-registry\000"
	"ss-idi\000"
	"ss-idi-disc\000"
	"ss7ns\000"
	"ssad\000"
	"ssc-agent\000"
	"sscan\000"
	"ssdispatch\000"
	"ssdp\000"
	"ssdtp\000"
	"sse-app-config\000"
	"ssh-mgmt\000"
	"sshell\000"
	"sslp\000"
	"ssm-cssps\000"
	"ssm-cvs\000"
	"ssm-els\000"
	"ssmd\000"
	"ssmpp\000"
	"sso-control\000"
	"sso-service\000"
	"ssowatch\000"
	"ssp-client\000"
	"ssports-bcast\000"
	"ssql\000"
	"ssr-servermgr\000"
	"ssrip\000"
	"ssslic-mgr\000"
	"ssslog-mgr\000"
	"sst\000"
	"sstp-1\000"
	"sstp-2\000"
	"sstsys-lm\000"
	"stanag-5066\000"
	"starbot\000"
	"starfield-io\000"
	"starfish\000"
	"stargatealerts\000"
	"starquiz-port\000"
	"starschool\000"
	"start-network\000"
	"startron\000"
	"stat-cc\000"
	"stat-results\000"
	"stat-scanner\000"
	"statsci1-lm\000"
	"statsci2-lm\000"
	"statsrv\000"
	"statusd\000"
	"stdptc\000"
	"ste-smsc\000"
	"stgxfws\000"
	"sti-envision\000"
	"stm-pproc\000"
	"stmf\000"
	"stone-design-1\000"
	"stonefalls\000"
	"storageos\000"
	"storview\000"
	"streamcomm-ds\000"
	"street-stream\000"
	"streetperfect\000"
	"streettalk\000"
	"streletz\000"
	"stresstester\000"
	"strexec-d\000"
	"strexec-s\000"
	"stryker-com\000"
	"stss\000"
	"stt\000"
	"sttunnel\000"
	"stun\000"
	"stun-p1\000"
	"stun-p2\000"
	"stun-p3\000"
	"stun-port\000"
	"stuns\000"
	"stvp\000"
	"stx\000"
	"su-mit-tg\000"
	"sua\000"
	"submission\000"
	"submit\000"
	"submitserver\000"
	"subntbcst-tftp\000"
	"sugp\000"
	"suitcase\000"
	"suitjd\000"
	"sun-as-iiops\000"
	"sun-as-iiops-ca\000"
	"sun-as-jmxrmi\000"
	"sun-as-jpda\000"
	"sun-as-nodeagt\000"
	"sun-dr\000"
	"sun-lm\000"
	"sun-mc-grp\000"
	"sun-sea-port\000"
	"sun-sr-admin\000"
	"sun-sr-http\000"
	"sun-sr-https\000"
	"sun-sr-iiop\000"
	"sun-sr-iiop-aut\000"
	"sun-sr-iiops\000"
	"sun-sr-jms\000"
	"sun-sr-jmx\000"
	"sun-user-https\000"
	"suncacao-csa\000"
	"suncacao-jmxmp\000"
	"suncacao-rmi\000"
	"suncacao-snmp\000"
	"suncacao-websvc\000"
	"sunclustergeo\000"
	"sunclustermgr\000"
	"sunfm-port\000"
	"sunlps-http\000"
	"sunproxyadmin\000"
	"sunrpc\000"
	"sunscalar-dns\000"
	"sunscalar-svc\000"
	"sunwebadmin\000"
	"sunwebadmins\000"
	"supdup\000"
	"supercell\000"
	"supermon\000"
	"supportassist\000"
	"sur-meas\000"
	"surebox\000"
	"surf\000"
	"surfcontrolcpa\000"
	"surveyinst\000"
	"suucp\000"
	"svbackup\000"
	"svcloud\000"
	"svdrp\000"
	"svdrp-disc\000"
	"svn\000"
	"svnetworks\000"
	"svs-omagent\000"
	"sw-orion\000"
	"swa-1\000"
	"swa-2\000"
	"swa-3\000"
	"swa-4\000"
	"swarm\000"
	"swdtp\000"
	"swdtp-sv\000"
	"sweetware-apps\000"
	"swift-rvf\000"
	"swiftnet\000"
	"swismgr1\000"
	"swismgr2\000"
	"swispol\000"
	"swistrap\000"
	"swldy-sias\000"
	"swr-port\000"
	"swrmi\000"
	"swtp-port1\000"
	"swtp-port2\000"
	"swx-gate\000"
	"swxadmin\000"
	"sxmp\000"
	"sxuptp\000"
	"syam-agent\000"
	"syam-smc\000"
	"syam-webserver\000"
	"sybase-sqlany\000"
	"sybaseanywhere\000"
	"sybasedbsynch\000"
	"sybasesrvmon\000"
	"sychrond\000"
	"symantec-sfdb\000"
	"symantec-sim\000"
	"symb-sb-port\000"
	"symplex\000"
	"synapse\000"
	"synapse-nhttp\000"
	"synapse-nhttps\000"
	"synapsis-edge\000"
	"sync-em7\000"
	"synchromesh\000"
	"synchronet-db\000"
	"synchronet-rtc\000"
	"synchronet-upd\000"
	"synchronite\000"
	"syncserver\000"
	"syncserverssl\000"
	"synctest\000"
	"synel-data\000"
	"synoptics-trap\000"
	"synotics-broker\000"
	"synotics-relay\000"
	"sype-transport\000"
	"syscomlan\000"
	"syserverremote\000"
	"sysinfo-sp\000"
	"syslog\000"
	"syslog-conn\000"
	"syslog-tls\000"
	"sysopt\000"
	"sysorb\000"
	"sysrqd\000"
	"sysscanner\000"
	"systat\000"
	"system-monitor\000"
	"systemics-sox\000"
	"t1-e1-over-ip\000"
	"t128-gateway\000"
	"t1distproc\000"
	"t1distproc60\000"
	"t2-brm\000"
	"t2-drm\000"
	"t5-straton\000"
	"tabula\000"
	"tacacs\000"
	"tacacs-ds\000"
	"tacnews\000"
	"tacticalauth\000"
	"taep-as-svc\000"
	"tag-pm\000"
	"tag-ups-1\000"
	"taiclock\000"
	"tal-pod\000"
	"talarian-mcast1\000"
	"talarian-mcast2\000"
	"talarian-mcast3\000"
	"talarian-mcast4\000"
	"talarian-mcast5\000"
	"talarian-mqs\000"
	"talarian-tcp\000"
	"talarian-udp\000"
	"taligent-lm\000"
	"talikaserver\000"
	"talnet\000"
	"talon-disc\000"
	"talon-engine\000"
	"talon-webserver\000"
	"tambora\000"
	"tams\000"
	"tapestry\000"
	"tapeware\000"
	"tappi-boxnet\000"
	"tarantella\000"
	"tarantool\000"
	"targus-getdata\000"
	"targus-getdata1\000"
	"targus-getdata2\000"
	"targus-getdata3\000"
	"tarp\000"
	"taskman-port\000"
	"taskmaster2000\000"
	"tasp-net\000"
	"taurus-wh\000"
	"tbrpf\000"
	"tcc-http\000"
	"tcim-control\000"
	"tclprodebugger\000"
	"tcoaddressbook\000"
	"tcoflashagent\000"
	"tcoregagent\000"
	"tcp-id-port\000"
	"tcpdataserver\000"
	"tcpmux\000"
	"tcpnethaspsrv\000"
	"td-postman\000"
	"td-replica\000"
	"td-service\000"
	"tdaccess\000"
	"tdmoip\000"
	"tdp-suite\000"
	"teamcoherence\000"
	"tec5-sdctp\000"
	"teedtap\000"
	"tekpls\000"
	"telaconsole\000"
	"telefinder\000"
	"telelpathattack\000"
	"telelpathstart\000"
	"teleniumdaemon\000"
	"telesis-licman\000"
	"telindus\000"
	"tell\000"
	"tellumat-nms\000"
	"telnetcpcd\000"
	"telnets\000"
	"telops-lmd\000"
	"tempest-port\000"
	"tempo\000"
	"tenfold\000"
	"terabase\000"
	"teradataordbms\000"
	"teredo\000"
	"terminaldb\000"
	"tesla-sys-msg\000"
	"tetrinet\000"
	"texai\000"
	"texar\000"
	"tftp-mcast\000"
	"tftps\000"
	"tgcconnect\000"
	"tgp\000"
	"thermo-calc\000"
	"theta-lm\000"
	"thingkit\000"
	"thor-engine\000"
	"thrp\000"
	"thrtx\000"
	"tht-treasure\000"
	"tibet-server\000"
	"tibsd\000"
	"ticf-1\000"
	"ticf-2\000"
	"tick-port\000"
	"tidp\000"
	"tiepie\000"
	"tiepie-disc\000"
	"tig\000"
	"tigv2\000"
	"tile-ml\000"
	"timbuktu\000"
	"timbuktu-srv1\000"
	"timbuktu-srv2\000"
	"timbuktu-srv3\000"
	"timbuktu-srv4\000"
	"timed\000"
	"timeflies\000"
	"timelot\000"
	"timestenbroker\000"
	"tinc\000"
	"tinymessage\000"
	"tip-app-server\000"
	"tip2\000"
	"tipc\000"
	"tivoconnect\000"
	"tivoli-npm\000"
	"tksocket\000"
	"tl-ipcproxy\000"
	"tl1\000"
	"tl1-lv\000"
	"tl1-raw\000"
	"tl1-raw-ssl\000"
	"tl1-ssh\000"
	"tl1-telnet\000"
	"tlisrv\000"
	"tmesis-upshot\000"
	"tmi\000"
	"tmo-icon-sync\000"
	"tmophl7mts\000"
	"tmosms0\000"
	"tmosms1\000"
	"tn-timing\000"
	"tn-tl-fd1\000"
	"tn-tl-fd2\000"
	"tn-tl-r1\000"
	"tn-tl-r2\000"
	"tn-tl-w1\000"
	"tn-tl-w2\000"
	"tnETOS\000"
	"tnmpv2\000"
	"tnos-dp\000"
	"tnos-dps\000"
	"tnos-sp\000"
	"tnp-discover\000"
	"tnp1-port\000"
	"tns-adv\000"
	"tns-cml\000"
	"tns-server\000"
	"toad\000"
	"toad-bi-appsrvr\000"
	"tolfab\000"
	"tolteces\000"
	"tomato-springs\000"
	"tonidods\000"
	"topflow\000"
	"topflow-ssl\000"
	"topovista-data\000"
	"topx\000"
	"touchnetplus\000"
	"tpcsrvr\000"
	"tpdu\000"
	"tpip\000"
	"tpmd\000"
	"tqdata\000"
	"tr-rsrb-p1\000"
	"tr-rsrb-p2\000"
	"tr-rsrb-p3\000"
	"tr-rsrb-port\000"
	"tragic\000"
	"traingpsdata\000"
	"tram\000"
	"transact\000"
	"transmit-port\000"
	"trap-daemon\000"
	"trap-port-mom\000"
	"traversal\000"
	"travsoft-ipx-t\000"
	"trc-netpoll\000"
	"trdp-md\000"
	"trdp-pd\000"
	"treehopper\000"
	"trendchip-dcp\000"
	"tributary\000"
	"trident-data\000"
	"trim\000"
	"trim-event\000"
	"trim-ice\000"
	"trinity-dist\000"
	"trinket-agent\000"
	"triomotion\000"
	"trip\000"
	"tripe\000"
	"tripwire\000"
	"triquest-lm\000"
	"trisoap\000"
	"trispen-sra\000"
	"tritium-can\000"
	"trivnet1\000"
	"trivnet2\000"
	"trnsprntproxy\000"
	"troff\000"
	"trp\000"
	"truckstar\000"
	"truecm\000"
	"trueconf\000"
	"trusted-web\000"
	"trustestablish\000"
	"tsa\000"
	"tsaf\000"
	"tsb\000"
	"tsb2\000"
	"tscchat\000"
	"tsdos390\000"
	"tsepisp\000"
	"tsilb\000"
	"tsrmagt\000"
	"tsspmap\000"
	"ttat3lb\000"
	"ttc\000"
	"ttc-etap\000"
	"ttc-etap-ds\000"
	"ttc-etap-ns\000"
	"ttc-ssl\000"
	"ttcmremotectrl\000"
	"ttg-protocol\000"
	"ttl-publisher\000"
	"ttlpriceproxy\000"
	"ttnrepository\000"
	"ttntspauto\000"
	"ttyinfo\000"
	"tunalyzer\000"
	"tunatic\000"
	"tungsten-http\000"
	"tungsten-https\000"
	"tunstall-lwp\000"
	"tunstall-pnc\000"
	"turbonote-1\000"
	"turbonote-2\000"
	"tvbus\000"
	"tvdumtray-port\000"
	"tve-announce\000"
	"tvnetworkvideo\000"
	"tvpm\000"
	"tw-auth-key\000"
	"twamp-control\000"
	"twamp-test\000"
	"twcss\000"
	"twds\000"
	"twrpc\000"
	"twsdss\000"
	"u-dbap\000"
	"ua-secureagent\000"
	"uaac\000"
	"uacs\000"
	"uadtc\000"
	"uaiact\000"
	"uarps\000"
	"ub-dns-control\000"
	"ubroker\000"
	"ubxd\000"
	"ucentric-ds\000"
	"ucontrol\000"
	"ucs-isc\000"
	"udp-sr-port\000"
	"udpradio\000"
	"udrawgraph\000"
	"udrive\000"
	"udt-os\000"
	"uec\000"
	"ufastro-instr\000"
	"ufmp\000"
	"uis\000"
	"ulistproc\000"
	"ulpnet\000"
	"ultimad\000"
	"ultrabac\000"
	"ultraseek-http\000"
	"ultrex\000"
	"umm-port\000"
	"ums\000"
	"umsp\000"
	"unbind-cluster\000"
	"undo-lm\000"
	"unglue\000"
	"unicall\000"
	"unicontrol\000"
	"unidata-ldm\000"
	"unieng\000"
	"unified-bus\000"
	"unify\000"
	"unify-adapter\000"
	"unify-debug\000"
	"unifyadmin\000"
	"unihub-server\000"
	"unikeypro\000"
	"unimobilectrl\000"
	"uniport\000"
	"unisql\000"
	"unisql-java\000"
	"unisys-eportal\000"
	"unisys-lm\000"
	"unite\000"
	"univ-appserver\000"
	"universe-suite\000"
	"univision\000"
	"unix-status\000"
	"unizensus\000"
	"unot\000"
	"uohost\000"
	"uorb\000"
	"updog\000"
	"upnotifyp\000"
	"upnotifyps\000"
	"ups-engine\000"
	"ups-onlinet\000"
	"upsnotifyprot\000"
	"upstriggervsw\000"
	"urbisnet\000"
	"urd\000"
	"urld-port\000"
	"urm\000"
	"us-cli\000"
	"us-gv\000"
	"us-srv\000"
	"user-manager\000"
	"usicontentpush\000"
	"utcd\000"
	"utime\000"
	"utmpcd\000"
	"utmpsd\000"
	"utsftp\000"
	"uucp-path\000"
	"uucp-rlogin\000"
	"uuidgen\000"
	"v-one-spp\000"
	"v2g-secc\000"
	"v5ua\000"
	"va-pacbase\000"
	"vacdsm-app\000"
	"vacdsm-sws\000"
	"vad\000"
	"valisys-lm\000"
	"vantronix-mgmt\000"
	"vaprtm\000"
	"varadero-0\000"
	"varadero-1\000"
	"varadero-2\000"
	"vat\000"
	"vat-control\000"
	"vatata\000"
	"vatp\000"
	"vaultbase\000"
	"vce\000"
	"vchat\000"
	"vcmp\000"
	"vcnet-link-v10\000"
	"vcom-tunnel\000"
	"vcrp\000"
	"vcs-app\000"
	"vcscmd\000"
	"vdab\000"
	"vdmmesh\000"
	"vdmmesh-disc\000"
	"vdmplay\000"
	"vemmi\000"
	"ventoso\000"
	"venus\000"
	"venus-se\000"
	"veracity\000"
	"vergencecm\000"
	"verismart\000"
	"veritas-pbx\000"
	"veritas-tcp1\000"
	"veritas-ucl\000"
	"veritas-udp1\000"
	"veritas-vis1\000"
	"veritas-vis2\000"
	"veronica\000"
	"versa-tek\000"
	"versatalk\000"
	"versiera\000"
	"vestasdlp\000"
	"vettcp\000"
	"vfbp\000"
	"vfbp-disc\000"
	"vfmobile\000"
	"vfo\000"
	"vhd\000"
	"vid\000"
	"video-activmail\000"
	"videobeans\000"
	"videotex\000"
	"videte-cipc\000"
	"vidigo\000"
	"vids-avtp\000"
	"vieo-fe\000"
	"vinainstall\000"
	"vipera\000"
	"vipera-ssl\000"
	"vipremoteagent\000"
	"virprot-lm\000"
	"virtual-places\000"
	"virtual-time\000"
	"virtualtape\000"
	"virtualuser\000"
	"visd\000"
	"visinet-gui\000"
	"vision-elmd\000"
	"vision-server\000"
	"visionpyramid\000"
	"visitview\000"
	"vista-4gl\000"
	"vistium-share\000"
	"visweather\000"
	"vitalanalysis\000"
	"viziblebrowser\000"
	"vlsi-lm\000"
	"vmnet\000"
	"vmodem\000"
	"vmpwscs\000"
	"vmrdp\000"
	"vmsvc\000"
	"vmsvc-2\000"
	"vmware-fdm\000"
	"vnas\000"
	"vnetd\000"
	"vns-tp\000"
	"vnsstr\000"
	"vnwk-prapi\000"
	"vnyx\000"
	"vocaltec-admin\000"
	"vocaltec-gold\000"
	"vocaltec-hos\000"
	"vocaltec-phone\000"
	"vocaltec-wconf\000"
	"vofr-gateway\000"
	"voispeed-port\000"
	"volley\000"
	"vop\000"
	"vopied\000"
	"voxelstorm\000"
	"vp2p\000"
	"vpa\000"
	"vpa-disc\000"
	"vpac\000"
	"vpad\000"
	"vpjp\000"
	"vpm-udp\000"
	"vpnz\000"
	"vpps-qua\000"
	"vpps-via\000"
	"vpsipport\000"
	"vpvc\000"
	"vpvd\000"
	"vqp\000"
	"vrace\000"
	"vrcommerce\000"
	"vrmg-ip\000"
	"vroa\000"
	"vrpn\000"
	"vrt\000"
	"vrtl-vmf-ds\000"
	"vrtl-vmf-sa\000"
	"vrtp\000"
	"vrts-at-port\000"
	"vrts-auth-port\000"
	"vrts-ipcserver\000"
	"vrts-registry\000"
	"vrts-tdd\000"
	"vrtstrapserver\000"
	"vrxpservman\000"
	"vs-server\000"
	"vsaiport\000"
	"vsamredirector\000"
	"vsat-control\000"
	"vscp\000"
	"vseconnector\000"
	"vsi-omega\000"
	"vsiadmin\000"
	"vsinet\000"
	"vsixml\000"
	"vslmp\000"
	"vsnm-agent\000"
	"vspread\000"
	"vt-ssl\000"
	"vtr-emulator\000"
	"vts-rpc\000"
	"vtsas\000"
	"vtu-comms\000"
	"vulture\000"
	"vvr-control\000"
	"vvr-data\000"
	"vx-auth-port\000"
	"vxcrnbuport\000"
	"vxlan\000"
	"vxlan-gpe\000"
	"vytalvaultbrtp\000"
	"vytalvaultpipe\000"
	"vytalvaultvsmp\000"
	"waascluster\000"
	"wacp\000"
	"wag-service\000"
	"wago-io-system\000"
	"wago-service\000"
	"wanscaler\000"
	"wap-push\000"
	"wap-push-http\000"
	"wap-push-https\000"
	"wap-pushsecure\000"
	"wap-vcal\000"
	"wap-vcal-s\000"
	"wap-vcard\000"
	"wap-vcard-s\000"
	"wap-wsp\000"
	"wap-wsp-s\000"
	"wap-wsp-wtp\000"
	"wap-wsp-wtp-s\000"
	"warehouse\000"
	"warehouse-sss\000"
	"warmspotMgmt\000"
	"warmux\000"
	"warppipe\000"
	"watchdoc\000"
	"watchdoc-pod\000"
	"watchdog-nt\000"
	"watchme-7272\000"
	"watcomdebug\000"
	"watershed-lm\000"
	"watilapp\000"
	"wbem-exp-https\000"
	"wbem-http\000"
	"wbem-https\000"
	"wbem-rmi\000"
	"wcbackup\000"
	"wcpp\000"
	"wcr-remlib\000"
	"weandsf\000"
	"weave\000"
	"web2host\000"
	"webaccess\000"
	"webadmstart\000"
	"webdata\000"
	"webemshttp\000"
	"weblogin\000"
	"webmachine\000"
	"webmail-2\000"
	"webmethods-b2b\000"
	"webobjects\000"
	"webphone\000"
	"webpush\000"
	"websm\000"
	"websnp\000"
	"websphere-snmp\000"
	"webster\000"
	"webtie\000"
	"webyast\000"
	"wello\000"
	"westec-connect\000"
	"westell-stats\000"
	"wfc\000"
	"wfm\000"
	"wfremotertm\000"
	"wg-endpt-comms\000"
	"wg-netforce\000"
	"wherehoo\000"
	"whisker\000"
	"whoami\000"
	"whoispp\000"
	"whosells\000"
	"whosockami\000"
	"wibukey\000"
	"wiegand\000"
	"wifree\000"
	"wilkenlistener\000"
	"willy\000"
	"wimaxasncp\000"
	"wimd\000"
	"wimsic\000"
	"windb\000"
	"winddlb\000"
	"winddx\000"
	"windlm\000"
	"windream\000"
	"winfs\000"
	"wininstall-ipc\000"
	"winjaserver\000"
	"winpcs\000"
	"winpharaoh\000"
	"winpoplanmess\000"
	"winqedit\000"
	"winrm\000"
	"wins\000"
	"winshadow\000"
	"winshadow-hd\000"
	"wip-port\000"
	"wired\000"
	"wizard\000"
	"wkars\000"
	"wkstn-mon\000"
	"wlanauth\000"
	"wlbs\000"
	"wlcp\000"
	"wmc-log-svc\000"
	"wmlserver\000"
	"wms-messenger\000"
	"wnn6\000"
	"wnn6-ds\000"
	"workflow\000"
	"workflowdir\000"
	"world-lm\000"
	"worldfusion1\000"
	"worldfusion2\000"
	"worldscores\000"
	"wpages\000"
	"wpgs\000"
	"wpl-analytics\000"
	"wpl-disc\000"
	"writesrv\000"
	"wrs-registry\000"
	"wrspice\000"
	"ws-discovery\000"
	"wsdapi\000"
	"wsdapi-s\000"
	"wsdl-event\000"
	"wsicopy\000"
	"wsm-server\000"
	"wsm-server-ssl\000"
	"wsman\000"
	"wsmans\000"
	"wsmlb\000"
	"wso2esb-console\000"
	"wspipe\000"
	"wssauthsvc\000"
	"wsscomfrmwk\000"
	"wsynch\000"
	"wta-wsp-s\000"
	"wta-wsp-wtp-s\000"
	"wtmi-panel\000"
	"wusage\000"
	"wv-csp-sms\000"
	"wv-csp-sms-cir\000"
	"wv-csp-udp-cir\000"
	"wwiotalk\000"
	"www-dev\000"
	"www-ldap-gw\000"
	"wxbrief\000"
	"wysdma\000"
	"wysdmc\000"
	"x-bone-api\000"
	"x-bone-ctl\000"
	"x11\000"
	"x25-svc-port\000"
	"x2e-disc\000"
	"x500ms\000"
	"x510\000"
	"x9-icue\000"
	"xaapi\000"
	"xact-backup\000"
	"xandros-cms\000"
	"xap-ha\000"
	"xbox\000"
	"xcap-control\000"
	"xcap-portal\000"
	"xcompute\000"
	"xdas\000"
	"xdmcp\000"
	"xds\000"
	"xdsxdm\000"
	"xdtp\000"
	"xecp-node\000"
	"xfr\000"
	"xgrid\000"
	"xic\000"
	"xiip\000"
	"xingcsm\000"
	"xingmpeg\000"
	"xinuexpansion1\000"
	"xinuexpansion2\000"
	"xinuexpansion3\000"
	"xinuexpansion4\000"
	"xinupageserver\000"
	"xiostatus\000"
	"xk22\000"
	"xkotodrcp\000"
	"xmapi\000"
	"xmcp\000"
	"xmlblaster\000"
	"xmlink-connect\000"
	"xmlrpc-beep\000"
	"xmltec-xmlmail\000"
	"xmms2\000"
	"xmpcr-interface\000"
	"xmpp-bosh\000"
	"xmpp-client\000"
	"xmpp-server\000"
	"xmpv7\000"
	"xmquery\000"
	"xmsg\000"
	"xnds\000"
	"xnm-clear-text\000"
	"xnm-ssl\000"
	"xnmp\000"
	"xns-auth\000"
	"xns-ch\000"
	"xns-courier\000"
	"xns-mail\000"
	"xns-time\000"
	"xo-wave\000"
	"xoms\000"
	"xoraya\000"
	"xpanel\000"
	"xpilot\000"
	"xpl\000"
	"xplat-replicate\000"
	"xpra\000"
	"xprint-server\000"
	"xprtld\000"
	"xqosd\000"
	"xribs\000"
	"xrl\000"
	"xrpc-registry\000"
	"xrpl\000"
	"xs-openstorage\000"
	"xserveraid\000"
	"xsmsvc\000"
	"xss-port\000"
	"xss-srv-port\000"
	"xsync\000"
	"xtgui\000"
	"xtlserv\000"
	"xtreamx\000"
	"xtrm\000"
	"xtrms\000"
	"xvttp\000"
	"xxnetserver\000"
	"xybrid-cloud\000"
	"xybrid-rt\000"
	"xycstatus\000"
	"xyplex-mux\000"
	"yawn\000"
	"yo-main\000"
	"z-wave\000"
	"z-wave-s\000"
	"z-wave-tunnel\000"
	"z39-50\000"
	"zabbix-agent\000"
	"zabbix-trapper\000"
	"zannet\000"
	"zarkov\000"
	"zen-pawn\000"
	"zenginkyo-1\000"
	"zenginkyo-2\000"
	"zented\000"
	"zep\000"
	"zephyr-clt\000"
	"zephyr-hm\000"
	"zephyr-srv\000"
	"zicom\000"
	"zieto-sock\000"
	"zigbee-ip\000"
	"zigbee-ips\000"
	"zion-lm\000"
	"zixi-transport\000"
	"zmp\000"
	"zoomcp\000"
	"zre-disc\000"
	"zsecure\000"
	"zserv\000"
	"zymed-zpp"
	;

_Static_assert(sizeof(services_iana_pool) == 58587, "pool layout");
const size_t services_iana_pool_size = sizeof(services_iana_pool);

const struct services_iana_entry services_iana_table[6251] = {
	{     1, TU, 51703 }, /* tcpmux */
	{     2, TU, 10292 }, /* compressnet */
	{     3, TU, 10292 }, /* compressnet */
	{     5, TU, 43598 }, /* rje */
	{     7, TU,  5933 }, /* echo */
	{     9, TU, 13818 }, /* discard */
	{    11, TU, 51019 }, /* systat */
	{    13, TU, 12457 }, /* daytime */
	{    17, TU, 41898 }, /* qotd */
	{    18, TU, 23614 }, /* msp */
	{    19, TU,  8828 }, /* chargen */
	{    20, TU, 26763 }, /* ftp-data */
	{    21, TU, 36245 }, /* ftp */
	{    22, TU, 52476 }, /* ssh */
	{    23, TU, 21383 }, /* telnet */
	{    25, TU, 44105 }, /* smtp */
	{    27, TU, 35830 }, /* nsw-fe */
	{    29, TU, 31634 }, /* msg-icp */
	{    31, TU, 31625 }, /* msg-auth */
	{    33, TU, 32916 }, /* dsp */
	{    37, TU, 55125 }, /* time */
	{    38, TU,  7209 }, /* rap */
	{    39, TU, 36562 }, /* rlp */
	{    41, TU, 20136 }, /* graphics */
	{    42, TU, 16280 }, /* name */
	{    43, TU, 34845 }, /* nicname */
	{    44, TU, 31041 }, /* mpm-flags */
	{    45, TU, 31037 }, /* mpm */
	{    46, TU, 31051 }, /* mpm-snd */
	{    48, TU,  4866 }, /* auditd */
	{    49, TU, 51138 }, /* tacacs */
	{    50, TU, 42933 }, /* re-mail-ck */
	{    52, TU, 58034 }, /* xns-time */
	{    53, TU, 14366 }, /* domain */
	{    54, TU, 58006 }, /* xns-ch */
	{    55, TU, 25166 }, /* isi-gl */
	{    56, TU, 57997 }, /* xns-auth */
	{    58, TU, 58025 }, /* xns-mail */
	{    62, TU,   902 }, /* acas */
	{    63, TU, 56749 }, /* whoispp */
	{    64, TU, 10756 }, /* covia */
	{    65, TU, 51145 }, /* tacacs-ds */
	{    66, TU, 48854 }, /* sql-net */
	{    67, TU,  6773 }, /* bootps */
	{    68, TU,  6766 }, /* bootpc */
	{    69, TU, 49737 }, /* tftp */
	{    70, TU, 20062 }, /* gopher */
	{    71, TU, 33939 }, /* netrjs-1 */
	{    72, TU, 33948 }, /* netrjs-2 */
	{    73, TU, 33957 }, /* netrjs-3 */
	{    74, TU, 33966 }, /* netrjs-4 */
	{    76, TU, 13136 }, /* deos */
	{    78, TU, 54930 }, /* vettcp */
	{    79, TU, 18160 }, /* finger */
	{    80, TU, 51603 }, /* http */
	{    82, TU, 47786 }, /* xfer */
	{    83, TU, 30524 }, /* mit-ml-dev */
	{    84, TU, 46825 }, /* ctf */
	{    85, TU, 30524 }, /* mit-ml-dev */
	{    86, TU, 30069 }, /* mfcobol */
	{    88, TU, 26691 }, /* kerberos */
	{    89, TU, 49682 }, /* su-mit-tg */
	{    90, TU, 14170 }, /* dnsix */
	{    91, TU, 30516 }, /* mit-dov */
	{    92, TU, 16303 }, /* npp */
	{    93, TU, 28998 }, /* dcp */
	{    94, TU, 36077 }, /* objcall */
	{    95, TU, 50183 }, /* supdup */
	{    96, TU, 13916 }, /* dixie */
	{    97, TU, 50407 }, /* swift-rvf */
	{    98, TU, 51155 }, /* tacnews */
	{    99, TU, 29980 }, /* metagram */
	{   101, TU, 21337 }, /* hostname */
	{   102, TU, 25312 }, /* iso-tsap */
	{   103, TU, 20085 }, /* gppitnp */
	{   104, TU,  1224 }, /* acr-nema */
	{   105, TU, 11410 }, /* cso */
	{   106, TU,    75 }, /* 3com-tsmux */
	{   107, TU, 44287 }, /* rtelnet */
	{   108, TU, 47825 }, /* snagas */
	{   109, TU, 40154 }, /* pop2 */
	{   110, TU, 40159 }, /* pop3 */
	{   111, TU, 50123 }, /* sunrpc */
	{   112, TU, 29265 }, /* mcidas */
	{   113, T , 38453 }, /* ident */
	{   113, U , 40195 }, /* auth */
	{   115, TU, 54451 }, /* sftp */
	{   116, TU,  2793 }, /* ansanotify */
	{   117, TU, 54456 }, /* uucp-path */
	{   118, TU, 48882 }, /* sqlserv */
	{   119, TU, 35252 }, /* nntp */
	{   120, TU,  8708 }, /* cfdptkt */
	{   121, TU,  7642 }, /* erpc */
	{   122, TU, 47500 }, /* smakynet */
	{   123, TU, 17470 }, /* ntp */
	{   124, TU,  2804 }, /* ansatrader */
	{   125, TU, 28155 }, /* locus-map */
	{   126, TU, 36035 }, /* nxedit */
	{   127, TU, 28134 }, /* locus-con */
	{   128, TU, 20368 }, /* gss-xlicen */
	{   129, TU, 41518 }, /* pwdgen */
	{   130, TU,  9206 }, /* cisco-fna */
	{   131, TU,  9296 }, /* cisco-tna */
	{   132, TU,  9276 }, /* cisco-sys */
	{   133, TU, 49390 }, /* statsrv */
	{   134, TU, 23912 }, /* ingres-net */
	{   135, TU, 48297 }, /* epmap */
	{   136, TU, 40881 }, /* profile */
	{   137, TU, 33264 }, /* netbios-ns */
	{   138, TU, 33252 }, /* netbios-dgm */
	{   139, TU, 33275 }, /* netbios-ssn */
	{   140, TU, 16096 }, /* emfis-data */
	{   141, TU, 16085 }, /* emfis-cntl */
	{   142, TU,  6221 }, /* bl-idm */
	{   143, T , 23454 }, /* imap */
	{   144, TU, 16157 }, /* uma */
	{   145, TU, 53740 }, /* uaac */
	{   146, TU, 25295 }, /* iso-tp0 */
	{   147, TU, 25288 }, /* iso-ip */
	{   148, TU, 25855 }, /* jargon */
	{   149, TU,  1516 }, /* aed-512 */
	{   150, TU, 48854 }, /* sql-net */
	{   151, TU, 20995 }, /* hems */
	{   152, TU,  5969 }, /* bftp */
	{   153, TU, 46457 }, /* sgmp */
	{   154, TU, 33996 }, /* netsc-prod */
	{   155, TU, 33986 }, /* netsc-dev */
	{   156, TU, 48890 }, /* sqlsrv */
	{   157, TU, 26886 }, /* knet-cmp */
	{   158, TU, 38927 }, /* pcmail-srv */
	{   159, TU, 35775 }, /* nss-routing */
	{   160, TU, 46462 }, /* sgmp-traps */
	{   161, TU, 56615 }, /* snmp */
	{   162, TU, 48013 }, /* snmptrap */
	{   163, TU,  9753 }, /* cmip-man */
	{   164, TU,  9742 }, /* cmip-agent */
	{   165, TU, 58013 }, /* xns-courier */
	{   166, TU, 23917 }, /* s-net */
	{   167, TU, 32376 }, /* namp */
	{   168, TU, 44126 }, /* rsvd */
	{   169, TU, 47249 }, /* send */
	{   170, TU, 40609 }, /* print-srv */
	{   171, TU, 31969 }, /* multiplex */
	{   172, TU,  9429 }, /* cl-1 */
	{   173, TU, 58303 }, /* xyplex-mux */
	{   174, TU, 28836 }, /* mailq */
	{   175, TU, 55293 }, /* vmnet */
	{   176, TU, 19682 }, /* genrad-mux */
	{   177, TU, 57657 }, /* xdmcp */
	{   178, TU, 34714 }, /* nextstep */
	{   179, TU,  5979 }, /* bgp */
	{   180, TU, 44886 }, /* ris */
	{   181, TU, 54053 }, /* unify */
	{   182, TU, 18545 }, /* audit */
	{   183, TU, 36141 }, /* ocbinder */
	{   184, TU, 36193 }, /* ocserver */
	{   185, TU, 43203 }, /* remote-kis */
	{   186, TU, 43210 }, /* kis */
	{   187, TU, 15581 }, /* aci */
	{   188, TU, 31979 }, /* mumps */
	{   189, TU, 41751 }, /* qft */
	{   190, TU, 19248 }, /* gacp */
	{   191, TU, 41118 }, /* prospero */
	{   192, TU, 37921 }, /* osu-nms */
	{   193, TU, 48907 }, /* srmp */
	{   194, TU, 24929 }, /* irc */
	{   195, TU, 14096 }, /* dn6-nlm-aud */
	{   196, TU, 14108 }, /* dn6-smm-red */
	{   197, TU, 13990 }, /* dls */
	{   198, TU, 13994 }, /* dls-mon */
	{   199, TU,    81 }, /* smux */
	{   200, TU, 12413 }, /* src */
	{   201, TU,  4608 }, /* at-rtmp */
	{   202, TU,  4601 }, /* at-nbp */
	{   203, TU,  4573 }, /* at-3 */
	{   204, TU,  4593 }, /* at-echo */
	{   205, TU,  4578 }, /* at-5 */
	{   206, TU,  4616 }, /* at-zis */
	{   207, TU,  4583 }, /* at-7 */
	{   208, TU,  4588 }, /* at-8 */
	{   209, TU, 41840 }, /* qmtp */
	{   210, TU, 58357 }, /* z39-50 */
	{   211, TU,   298 }, /* 914c-g */
	{   212, TU, 24811 }, /* anet */
	{   213, TU, 24872 }, /* ipx */
	{   214, TU, 55306 }, /* vmpwscs */
	{   215, TU, 48254 }, /* softpc */
	{   216, TU,   333 }, /* CAIlic */
	{   217, TU, 35478 }, /* dbase */
	{   218, TU,  6595 }, /* mpp */
	{   219, TU, 53763 }, /* uarps */
	{   220, TU, 23459 }, /* imap3 */
	{   221, TU, 18624 }, /* fln-spx */
	{   222, TU, 44073 }, /* rsh-spx */
	{   223, TU,  8507 }, /* cdc */
	{   224, TU, 29015 }, /* masqdialer */
	{   242, TU, 47656 }, /* direct */
	{   243, TU, 50223 }, /* sur-meas */
	{   244, TU, 23641 }, /* inbusiness */
	{   245, TU, 25797 }, /* link */
	{   246, TU, 14824 }, /* dsp3270 */
	{   247, TU, 49727 }, /* subntbcst-tftp */
	{   248, TU,  6005 }, /* bhfhs */
	{   256, TU,  7209 }, /* rap */
	{   257, TU, 17042 }, /* set */
	{   259, TU, 16901 }, /* esro-gen */
	{   260, TU, 37098 }, /* openport */
	{   261, TU, 35740 }, /* nsiiops */
	{   262, TU,  3751 }, /* arcisdms */
	{   263, TU, 20874 }, /* hdap */
	{   264, TU,  5974 }, /* bgmp */
	{   265, TU, 57519 }, /* x-bone-ctl */
	{   266, TU, 49199 }, /* sst */
	{   267, TU, 51746 }, /* td-service */
	{   268, TU, 51735 }, /* td-replica */
	{   269, TU, 28885 }, /* manet */
	{   270, U , 31881 }, /* gist */
	{   271, T , 41319 }, /* pt-tls */
	{   280, TU, 21906 }, /* http-mgmt */
	{   281, TU, 39356 }, /* personal-link */
	{   282, TU,  7479 }, /* cableport-ax */
	{   283, TU, 43318 }, /* rescap */
	{   284, TU, 10730 }, /* corerjd */
	{   286, TU, 19205 }, /* fxp */
	{   287, TU, 26527 }, /* k-block */
	{   308, TU, 35497 }, /* novastorbakcup */
	{   309, TU, 16451 }, /* entrusttime */
	{   310, TU,  6011 }, /* bhmds */
	{   311, TU,  4310 }, /* asip-webadmin */
	{   312, TU, 55861 }, /* vslmp */
	{   313, TU, 28755 }, /* magenta-logic */
	{   314, TU, 36903 }, /* opalis-robot */
	{   315, TU, 14541 }, /* dpsi */
	{   316, TU, 12968 }, /* decauth */
	{   317, TU, 58392 }, /* zannet */
	{   318, TU, 39757 }, /* pkix-timestamp */
	{   319, TU, 41364 }, /* ptp-event */
	{   320, TU, 41374 }, /* ptp-general */
	{   321, TU,  9554 }, /* pip */
	{   322, TU, 44409 }, /* rtsps */
	{   323, T , 43941 }, /* rpki-rtr */
	{   324, T , 43950 }, /* rpki-rtr-tls */
	{   333, TU, 52062 }, /* texar */
	{   344, TU,  3147 }, /* pdap */
	{   345, TU, 38727 }, /* pawserv */
	{   346, TU, 58571 }, /* zserv */
	{   347, TU, 17562 }, /* fatserv */
	{   348, TU, 11365 }, /* csi-sgwp */
	{   349, TU, 30086 }, /* mftp */
	{   350, TU, 29035 }, /* matip-type-a */
	{   351, TU, 29048 }, /* matip-type-b */
	{   352, TU, 14892 }, /* dtag-ste-sb */
	{   353, TU, 32896 }, /* ndsauth */
	{   354, TU,  5991 }, /* bh611 */
	{   355, TU, 12391 }, /* datex-asn */
	{   356, TU,  9608 }, /* cloanto-net-1 */
	{   357, TU,  5997 }, /* bhevent */
	{   358, TU, 46698 }, /* shrinkwrap */
	{   360, TU, 45197 }, /* scoi2odialog */
	{   361, TU, 45801 }, /* semantix */
	{   362, TU, 48925 }, /* srssend */
	{   363, TU, 44157 }, /* rsvp-tunnel */
	{   364, TU,  4920 }, /* aurora-cmgr */
	{   365, TU, 14904 }, /* dtk */
	{   366, TU, 36284 }, /* odmr */
	{   367, TU, 30864 }, /* mortgageware */
	{   368, TU, 41717 }, /* qbikgdp */
	{   369, TU, 43925 }, /* rpc2portmap */
	{   370, TU,  9878 }, /* codaauth2 */
	{   371, TU,  9511 }, /* clearcase */
	{   372, TU, 53899 }, /* ulistproc */
	{   373, TU, 27614 }, /* legent-1 */
	{   374, TU, 27623 }, /* legent-2 */
	{   375, TU, 20836 }, /* hassle */
	{   376, TU, 45832 }, /* nip */
	{   377, TU, 52623 }, /* tnETOS */
	{   378, TU, 14666 }, /* dsETOS */
	{   379, TU, 25048 }, /* is99c */
	{   380, TU, 25054 }, /* is99s */
	{   381, TU, 21411 }, /* hp-collector */
	{   382, TU, 21459 }, /* hp-managed-node */
	{   383, TU, 21390 }, /* hp-alarm-mgr */
	{   384, TU,  4047 }, /* arns */
	{   385, TU, 22369 }, /* ibm-app */
	{   386, TU,  4146 }, /* asa */
	{   387, TU,  4932 }, /* aurp */
	{   388, TU, 54022 }, /* unidata-ldm */
	{   389, TU,  6387 }, /* ldap */
	{   390, TU, 53895 }, /* uis */
	{   391, TU, 50891 }, /* synotics-relay */
	{   392, TU, 50875 }, /* synotics-broker */
	{   393, TU, 29916 }, /* meta5 */
	{   394, TU, 15920 }, /* embl-ndt */
	{   395, TU, 33487 }, /* netcp */
	{   396, TU, 34412 }, /* netware-ip */
	{   397, TU, 31165 }, /* mptn */
	{   398, TU, 26985 }, /* kryptolan */
	{   399, TU, 25321 }, /* iso-tsap-c2 */
	{   400, TU, 37861 }, /* osb-sd */
	{   401, TU, 44825 }, /* ups */
	{   402, TU, 19645 }, /* genie */
	{   403, TU, 12962 }, /* decap */
	{   404, TU, 32702 }, /* nced */
	{   405, TU, 32707 }, /* ncld */
	{   406, TU, 23613 }, /* imsp */
	{   407, TU, 52251 }, /* timbuktu */
	{   408, TU, 40763 }, /* prm-sm */
	{   409, TU, 40746 }, /* prm-nm */
	{   410, TU, 12984 }, /* decladebug */
	{   411, TU, 43734 }, /* rmt */
	{   412, TU, 50860 }, /* synoptics-trap */
	{   413, TU, 47796 }, /* smsp */
	{   414, TU, 23886 }, /* infoseek */
	{   415, TU, 37208 }, /* bnet */
	{   416, TU, 46920 }, /* silverplatter */
	{   417, TU, 36800 }, /* onmux */
	{   418, TU, 22034 }, /* hyper-g */
	{   419, TU,  3910 }, /* ariel1 */
	{   420, TU, 47744 }, /* smpte */
	{   421, TU,  3917 }, /* ariel2 */
	{   422, TU,  3924 }, /* ariel3 */
	{   423, TU, 36916 }, /* opc-job-start */
	{   424, TU, 36930 }, /* opc-job-track */
	{   425, TU, 22584 }, /* icad-el */
	{   426, TU, 47632 }, /* smartsdp */
	{   427, TU, 32451 }, /* svrloc */
	{   428, TU, 36185 }, /* ocs-cmu */
	{   429, TU, 36177 }, /* ocs-amu */
	{   430, TU, 54442 }, /* utmpsd */
	{   431, TU, 54435 }, /* utmpcd */
	{   432, TU, 22283 }, /* iasd */
	{   433, TU, 35247 }, /* nnsp */
	{   434, TU, 30749 }, /* mobileip-agent */
	{   435, TU, 30764 }, /* mobilip-mn */
	{   436, TU, 14120 }, /* dna-cml */
	{   437, TU, 10326 }, /* comscm */
	{   438, TU, 14688 }, /* dsfgw */
	{   439, TU, 12281 }, /* dasp */
	{   440, TU, 46354 }, /* sgcp */
	{   441, TU, 13003 }, /* decvms-sysmgt */
	{   442, TU, 11807 }, /* cvc-hostd */
	{   443, TU, 39048 }, /* https */
	{   444, TU, 48022 }, /* snpp */
	{   445, TU, 30278 }, /* microsoft-ds */
	{   446, TU, 12843 }, /* ddm-rdb */
	{   447, TU, 12835 }, /* ddm-dfm */
	{   448, TU, 12851 }, /* ddm-ssl */
	{   449, TU,  4133 }, /* as-servermap */
	{   450, TU, 58262 }, /* tserver */
	{   451, TU, 46312 }, /* sfs-smp-net */
	{   452, TU, 46301 }, /* sfs-config */
	{   453, TU, 10999 }, /* creativeserver */
	{   454, TU, 10544 }, /* contentserver */
	{   455, TU, 10984 }, /* creativepartnr */
	{   456, T , 28680 }, /* macon-tcp */
	{   456, U , 28690 }, /* macon-udp */
	{   457, TU, 45189 }, /* scohelp */
	{   458, TU,  3392 }, /* appleqtc */
	{   459, TU,  2545 }, /* ampr-rcmd */
	{   460, TU, 47269 }, /* skronk */
	{   461, TU, 12364 }, /* datasurfsrv */
	{   462, TU, 12376 }, /* datasurfsrvsec */
	{   463, TU,  2232 }, /* alpes */
	{   464, TU, 26942 }, /* kpasswd */
	{   465, T , 54358 }, /* urd */
	{   465, U , 23369 }, /* igmpv3lite */
	{   466, TU, 13641 }, /* digital-vrc */
	{   467, TU, 32129 }, /* mylex-mapd */
	{   468, TU, 39509 }, /* photuris */
	{   469, TU,  3761 }, /* rcp */
	{   470, TU, 45368 }, /* scx-proxy */
	{   471, TU, 30806 }, /* mondex */
	{   472, TU, 27870 }, /* ljk-login */
	{   473, TU, 22003 }, /* hybrid-pop */
	{   474, T , 52605 }, /* tn-tl-w1 */
	{   474, U , 52614 }, /* tn-tl-w2 */
	{   475, TU, 51710 }, /* tcpnethaspsrv */
	{   476, TU, 52567 }, /* tn-tl-fd1 */
	{   477, TU, 48972 }, /* ss7ns */
	{   478, TU, 48765 }, /* spsc */
	{   479, TU, 22168 }, /* iafserver */
	{   480, TU, 22159 }, /* iafdbase */
	{   481, TU, 45985 }, /* ph */
	{   482, TU,  5983 }, /* bgs-nsi */
	{   483, TU, 53909 }, /* ulpnet */
	{   484, TU, 24208 }, /* integra-sme */
	{   485, TU, 40219 }, /* powerburst */
	{   486, TU,  5186 }, /* avian */
	{   487, TU, 44599 }, /* saft */
	{   488, TU, 20359 }, /* gss-http */
	{   489, TU, 33025 }, /* nest-protocol */
	{   490, TU, 30203 }, /* micom-pfs */
	{   491, TU, 20001 }, /* go-login */
	{   492, TU, 52185 }, /* ticf-1 */
	{   493, TU, 52192 }, /* ticf-2 */
	{   494, TU, 40211 }, /* pov-ray */
	{   495, TU, 24196 }, /* intecourier */
	{   496, TU, 39590 }, /* pim-rp-disc */
	{   497, TU, 43393 }, /* retrospect */
	{   498, TU, 46724 }, /* siam */
	{   499, TU, 25280 }, /* iso-ill */
	{   500, TU, 25071 }, /* isakmp */
	{   501, TU, 49453 }, /* stmf */
	{   502, TU, 29121 }, /* mbap */
	{   503, TU, 24476 }, /* intrinsa */
	{   504, TU,  9343 }, /* citadel */
	{   505, TU, 28816 }, /* mailbox-lm */
	{   506, TU, 36421 }, /* ohimsrv */
	{   507, TU, 18588 }, /* crs */
	{   508, TU, 58252 }, /* xvttp */
	{   509, TU, 47860 }, /* snare */
	{   510, TU, 15586 }, /* fcp */
	{   511, TU, 38599 }, /* passgo */
	{   512, T , 28880 }, /* exec */
	{   512, U , 10319 }, /* comsat */
	{   513, T , 27874 }, /* login */
	{   513, U , 34587 }, /* who */
	{   514, T , 12191 }, /* shell */
	{   514, U , 50957 }, /* syslog */
	{   515, TU, 26362 }, /* printer */
	{   516, TU, 55000 }, /* videotex */
	{   517, TU, 19233 }, /* talk */
	{   518, TU, 35856 }, /* ntalk */
	{   519, TU, 54429 }, /* utime */
	{   520, T , 36618 }, /* efs */
	{   520, U ,  4885 }, /* router */
	{   521, TU, 43567 }, /* ripng */
	{   522, TU, 36580 }, /* ulp */
	{   523, TU, 22386 }, /* ibm-db2 */
	{   524, TU, 19772 }, /* ncp */
	{   525, TU, 52316 }, /* timed */
	{   526, TU, 51977 }, /* tempo */
	{   527, TU, 49678 }, /* stx */
	{   528, TU, 11796 }, /* custix */
	{   529, TU, 24933 }, /* irc-serv */
	{   530, TU, 58017 }, /* courier */
	{   531, TU, 40380 }, /* conference */
	{   532, TU, 33697 }, /* netnews */
	{   533, TU, 34392 }, /* netwall */
	{   534, TU, 56872 }, /* windream */
	{   535, TU, 10650 }, /* iiop */
	{   536, TU, 36892 }, /* opalis-rdv */
	{   537, TU, 35228 }, /* nmsp */
	{   538, TU, 19551 }, /* gdomap */
	{   539, TU,  3152 }, /* apertus-ldp */
	{   540, TU, 50272 }, /* uucp */
	{   541, TU, 54466 }, /* uucp-rlogin */
	{   542, TU, 55610 }, /* commerce */
	{   543, TU, 26849 }, /* klogin */
	{   544, TU, 26995 }, /* kshell */
	{   545, TU,  3401 }, /* appleqtcsrvr */
	{   546, TU, 13341 }, /* dhcpv6-client */
	{   547, TU, 13355 }, /* dhcpv6-server */
	{   548, TU,  1647 }, /* afpovertcp */
	{   549, TU, 23120 }, /* idfp */
	{   550, TU, 34582 }, /* new-rwho */
	{   551, TU, 11869 }, /* cybercash */
	{   552, TU, 13224 }, /* devshr-nts */
	{   553, TU, 39650 }, /* pirp */
	{   554, TU, 44395 }, /* rtsp */
	{   555, TU, 56459 }, /* dsf */
	{   556, TU, 43242 }, /* remotefs */
	{   557, TU, 37179 }, /* openvms-sysipc */
	{   558, TU, 45477 }, /* sdnskmp */
	{   559, TU, 51808 }, /* teedtap */
	{   560, TU, 43686 }, /* rmonitor */
	{   561, TU, 11324 }, /* monitor */
	{   562, TU,  9015 }, /* chshell */
	{   563, TU, 35257 }, /* nntps */
	{   564, TU,   305 }, /* 9pfs */
	{   565, TU, 56742 }, /* whoami */
	{   566, TU, 49545 }, /* streettalk */
	{   567, TU,  5601 }, /* banyan-rpc */
	{   568, TU, 31364 }, /* ms-shuttle */
	{   569, TU, 31327 }, /* ms-rome */
	{   570, TU, 48270 }, /* meter */
	{   571, TU, 48270 }, /* meter */
	{   572, TU,  7340 }, /* sonar */
	{   573, TU,  5612 }, /* banyan-vip */
	{   574, TU, 19007 }, /* ftp-agent */
	{   575, TU, 54747 }, /* vemmi */
	{   576, TU, 24661 }, /* ipcd */
	{   577, TU, 55345 }, /* vnas */
	{   578, TU, 24702 }, /* ipdd */
	{   579, TU, 12976 }, /* decbsrv */
	{   580, TU, 48138 }, /* sntp-heartbeat */
	{   581, TU,  5761 }, /* bdp */
	{   582, TU, 44997 }, /* scc-security */
	{   583, TU, 39464 }, /* philips-vc */
	{   584, TU, 26720 }, /* keyserver */
	{   586, TU, 38620 }, /* password-chg */
	{   587, TU, 49696 }, /* submission */
	{   588, TU, 30626 }, /* cal */
	{   589, TU, 17330 }, /* eyelink */
	{   590, TU, 52693 }, /* tns-cml */
	{   591, TU, 21897 }, /* http-alt */
	{   592, TU, 17035 }, /* eudora-set */
	{   593, TU, 21916 }, /* http-rpc-epmap */
	{   594, TU, 52839 }, /* tpip */
	{   595, TU,  7466 }, /* cab-protocol */
	{   596, TU, 47791 }, /* smsd */
	{   597, TU, 41339 }, /* ptcnameservice */
	{   598, TU, 45159 }, /* sco-websrvrmg3 */
	{   599, TU,  5065 }, /* acp */
	{   600, TU, 55703 }, /* ipcserver */
	{   601, TU, 50964 }, /* syslog-conn */
	{   602, TU, 57862 }, /* xmlrpc-beep */
	{   603, TU, 23218 }, /* idxp */
	{   604, TU, 58350 }, /* tunnel */
	{   605, TU, 48164 }, /* soap-beep */
	{   606, TU, 54372 }, /* urm */
	{   607, TU, 35666 }, /* nqs */
	{   608, TU, 46772 }, /* sift-uft */
	{   609, TU, 35634 }, /* npmp-trap */
	{   610, TU, 35623 }, /* npmp-local */
	{   611, TU, 35614 }, /* npmp-gui */
	{   612, TU, 21244 }, /* hmmp-ind */
	{   613, TU, 21253 }, /* hmmp-op */
	{   614, TU, 49045 }, /* sshell */
	{   615, TU, 45123 }, /* sco-inetmgr */
	{   616, TU, 45148 }, /* sco-sysmgr */
	{   617, TU, 45113 }, /* sco-dtmgr */
	{   618, TU, 13017 }, /* dei-icda */
	{   619, TU, 10230 }, /* compaq-evm */
	{   620, TU, 45174 }, /* sco-websrvrmgr */
	{   621, TU, 16738 }, /* escp-ip */
	{   622, TU, 10040 }, /* collaborator */
	{   623, T , 36843 }, /* oob-ws-http */
	{   623, U ,  4247 }, /* asf-rmcp */
	{   624, TU, 11215 }, /* cryptoadmin */
	{   625, TU, 12918 }, /* dec-dlm */
	{   626, TU,  4298 }, /* asia */
	{   627, TU, 38606 }, /* passgo-tivoli */
	{   628, TU, 41835 }, /* qmqp */
	{   629, TU,    25 }, /* 3com-amp3 */
	{   630, TU, 42819 }, /* rda */
	{   631, TU, 24816 }, /* ipp */
	{   632, TU,  6594 }, /* bmpp */
	{   633, TU, 46246 }, /* servstat */
	{   634, TU, 19813 }, /* ginad */
	{   635, TU, 43634 }, /* rlzdbase */
	{   636, TU, 27518 }, /* ldaps */
	{   637, TU, 27337 }, /* lanserver */
	{   638, TU, 29282 }, /* mcns-sec */
	{   639, TU, 16896 }, /* msdp */
	{   640, TU, 16439 }, /* entrust-sps */
	{   641, TU, 43265 }, /* repcmd */
	{   642, TU, 16890 }, /* esro-emsdp */
	{   643, TU, 44811 }, /* sanity */
	{   644, TU, 15083 }, /* dwr */
	{   645, TU, 41314 }, /* pssc */
	{   646, TU,  3160 }, /* ldp */
	{   647, TU, 13312 }, /* dhcp-failover */
	{   648, TU, 12014 }, /* rrp */
	{   649, TU,  7629 }, /* cadview-3d */
	{   650, TU, 36072 }, /* obex */
	{   651, TU, 23260 }, /* ieee-mms */
	{   652, TU, 20984 }, /* hello-port */
	{   653, TU, 43281 }, /* repscmd */
	{   654, TU,  2922 }, /* aodv */
	{   655, TU, 52355 }, /* tinc */
	{   656, TU, 48705 }, /* spmp */
	{   657, TU, 43643 }, /* rmc */
	{   658, TU, 51983 }, /* tenfold */
	{   660, TU, 28658 }, /* mac-srvr-admin */
	{   661, TU, 20819 }, /* hap */
	{   662, TU, 39400 }, /* pftp */
	{   663, TU, 41437 }, /* purenoise */
	{   664, T , 36855 }, /* oob-ws-https */
	{   664, U ,  4256 }, /* asf-secure-rmcp */
	{   665, TU, 49833 }, /* sun-dr */
	{   666, TU, 29505 }, /* mdqs */
	{   667, TU, 13826 }, /* disclose */
	{   668, TU, 29515 }, /* mecomm */
	{   669, TU, 29856 }, /* meregister */
	{   670, TU, 54532 }, /* vacdsm-sws */
	{   671, TU, 54521 }, /* vacdsm-app */
	{   672, TU, 55560 }, /* vpps-qua */
	{   673, TU,  9061 }, /* cimplex */
	{   674, TU,   897 }, /* acap */
	{   675, TU, 51803 }, /* dctp */
	{   676, TU, 55569 }, /* vpps-via */
	{   677, TU, 11718 }, /* vpp */
	{   678, TU, 19768 }, /* ggf-ncp */
	{   679, TU, 31196 }, /* mrm */
	{   680, TU, 16388 }, /* entrust-aaas */
	{   681, TU, 16401 }, /* entrust-aams */
	{   682, TU, 57689 }, /* xfr */
	{   683, TU, 10644 }, /* corba-iiop */
	{   684, TU, 10655 }, /* corba-iiop-ssl */
	{   685, TU, 29467 }, /* mdc-portmapper */
	{   686, TU, 20858 }, /* hcp-wismar */
	{   687, TU,  4324 }, /* asipregistry */
	{   688, TU, 42959 }, /* realm-rusd */
	{   689, TU, 43758 }, /* nmap */
	{   690, TU, 54636 }, /* vatp */
	{   691, TU, 31505 }, /* msexch-routing */
	{   692, TU, 22078 }, /* hyperwave-isp */
	{   693, TU, 10474 }, /* connendp */
	{   694, TU, 20679 }, /* ha-cluster */
	{   695, TU, 23269 }, /* ieee-mms-ssl */
	{   696, TU, 44450 }, /* rushd */
	{   697, TU, 54478 }, /* uuidgen */
	{   698, TU, 36500 }, /* olsr */
	{   699, TU,   961 }, /* accessnetwork */
	{   700, TU, 16554 }, /* epp */
	{   701, TU, 55863 }, /* lmp */
	{   702, TU, 24977 }, /* iris-beep */
	{   704, TU, 15772 }, /* elcsd */
	{   705, TU,  1838 }, /* agentx */
	{   706, TU, 46836 }, /* silc */
	{   707, TU,  6791 }, /* borland-dsj */
	{   709, TU, 16426 }, /* entrust-kmsh */
	{   710, TU, 16414 }, /* entrust-ash */
	{   711, TU,  9286 }, /* cisco-tdp */
	{   712, TU, 51593 }, /* tbrpf */
	{   713, TU, 24996 }, /* iris-xpc */
	{   714, TU, 25005 }, /* iris-xpcs */
	{   715, TU, 24987 }, /* iris-lwz */
	{   716, U , 38438 }, /* pana */
	{   729, TU, 34359 }, /* netviewdm1 */
	{   730, TU, 34370 }, /* netviewdm2 */
	{   731, TU, 34381 }, /* netviewdm3 */
	{   741, TU, 33522 }, /* netgw */
	{   742, TU, 33905 }, /* netrcs */
	{   744, TU, 18605 }, /* flexlm */
	{   747, TU, 19062 }, /* fujitsu-dev */
	{   748, TU, 43573 }, /* ris-cm */
	{   749, TU, 26700 }, /* kerberos-adm */
	{   750, T , 43456 }, /* rfile */
	{   750, U , 28095 }, /* loadav */
	{   751, TU, 23438 }, /* pump */
	{   752, TU, 41928 }, /* qrh */
	{   753, TU, 43978 }, /* rrh */
	{   754, TU, 51916 }, /* tell */
	{   758, TU, 35072 }, /* nlogin */
	{   759, TU, 10579 }, /* con */
	{   760, TU, 46752 }, /* ns */
	{   761, TU, 44486 }, /* rxe */
	{   762, TU, 42243 }, /* quotad */
	{   763, TU, 11920 }, /* cycleserv */
	{   764, TU, 36705 }, /* omserv */
	{   765, TU, 56620 }, /* webster */
	{   767, TU, 39487 }, /* phonebook */
	{   769, TU, 54969 }, /* vid */
	{   770, TU,  7594 }, /* cadlock */
	{   771, TU, 44307 }, /* rtip */
	{   772, TU, 11930 }, /* cycleserv2 */
	{   773, T , 49707 }, /* submit */
	{   773, U , 15556 }, /* notify */
	{   774, T , 43917 }, /* rpasswd */
	{   774, U ,  1114 }, /* acmaint-dbd */
	{   775, T , 16376 }, /* entomb */
	{   775, U ,  1126 }, /* acmaint-transd */
	{   776, TU, 57163 }, /* wpages */
	{   777, TU, 31943 }, /* multiling-http */
	{   780, TU, 57170 }, /* wpgs */
	{   800, TU, 29455 }, /* mdbs-daemon */
	{   801, TU, 42885 }, /* device */
	{   802, TU, 29126 }, /* mbap-s */
	{   810, TU, 17803 }, /* fcp-udp */
	{   828, TU, 25567 }, /* itm-mcell-s */
	{   829, TU, 39735 }, /* pkix-3-ca-ra */
	{   830, TU, 33431 }, /* netconf-ssh */
	{   831, TU, 33388 }, /* netconf-beep */
	{   832, TU, 33471 }, /* netconfsoaphttp */
	{   833, TU, 33455 }, /* netconfsoapbeep */
	{   847, TU, 13326 }, /* dhcp-failover2 */
	{   848, TU, 19546 }, /* gdoi */
	{   853, TU, 14373 }, /* domain-s */
	{   854, TU, 13961 }, /* dlep */
	{   860, TU, 25122 }, /* iscsi */
	{   861, T , 38121 }, /* owamp-control */
	{   861, U , 38135 }, /* owamp-test */
	{   862, T , 53669 }, /* twamp-control */
	{   862, U , 53683 }, /* twamp-test */
	{   873, TU,  2051 }, /* rsync */
	{   886, TU, 22843 }, /* iclcnet-locate */
	{   887, TU, 22858 }, /* iclcnet-svinfo */
	{   888, TU,   947 }, /* accessbuilder */
	{   900, TU, 36607 }, /* omginitialrefs */
	{   901, TU, 47726 }, /* smpnameres */
	{   902, TU, 23064 }, /* ideafarm-door */
	{   903, TU, 23078 }, /* ideafarm-panic */
	{   910, TU, 26813 }, /* kink */
	{   911, TU, 57582 }, /* xact-backup */
	{   912, TU,  3174 }, /* apex-mesh */
	{   913, TU,  3164 }, /* apex-edge */
	{   914, U , 43533 }, /* rift-lies */
	{   915, U , 43543 }, /* rift-ties */
	{   953, T , 43748 }, /* rndc */
	{   989, TU, 19017 }, /* ftps-data */
	{   990, TU, 36256 }, /* ftps */
	{   991, TU, 55346 }, /* nas */
	{   992, TU, 51945 }, /* telnets */
	{   993, T , 23465 }, /* imaps */
	{   995, TU, 40164 }, /* pop3s */
	{   996, TU, 55847 }, /* vsinet */
	{   997, TU, 28866 }, /* maitrd */
	{   998, T ,  7231 }, /* busboy */
	{   998, U , 41423 }, /* puparp */
	{   999, T , 19430 }, /* garcon */
	{   999, U ,  3443 }, /* applix */
	{  1000, TU,  7602 }, /* cadlock2 */
	{  1001, T , 56584 }, /* webpush */
	{  1010, TU, 50240 }, /* surf */
	{  1021, TU, 17292 }, /* exp1 */
	{  1022, TU, 17297 }, /* exp2 */
	{  1025, TU,  6239 }, /* blackjack */
	{  1026, TU,   898 }, /* cap */
	{  1027, U ,   281 }, /* 6a44 */
	{  1029, TU, 48329 }, /* solid-mux */
	{  1033, TU, 33528 }, /* netinfo-local */
	{  1034, TU,  1309 }, /* activesync */
	{  1035, TU, 32111 }, /* mxxrlogin */
	{  1036, TU, 35824 }, /* nsstp */
	{  1037, TU, 41172 }, /* ams */
	{  1038, TU, 31896 }, /* mtqp */
	{  1039, TU, 44962 }, /* sbl */
	{  1040, TU, 33155 }, /* netarx */
	{  1041, TU, 12238 }, /* danf-ak2 */
	{  1042, TU,  1658 }, /* afrog */
	{  1043, TU,  6659 }, /* boinc-client */
	{  1044, TU, 12675 }, /* dcutility */
	{  1045, TU, 18837 }, /* fpitp */
	{  1046, TU, 56686 }, /* wfremotertm */
	{  1047, TU, 32971 }, /* neod1 */
	{  1048, TU, 32977 }, /* neod2 */
	{  1049, TU, 51724 }, /* td-postman */
	{  1050, TU,  9721 }, /* cma */
	{  1051, TU, 37458 }, /* optima-vnet */
	{  1052, TU, 12874 }, /* ddt */
	{  1053, TU, 43179 }, /* remote-as */
	{  1054, TU,  7052 }, /* brvread */
	{  1055, TU,  2870 }, /* ansyslmd */
	{  1056, TU, 54961 }, /* vfo */
	{  1057, TU, 49323 }, /* startron */
	{  1058, TU, 34890 }, /* nim */
	{  1059, TU, 34972 }, /* nimreg */
	{  1060, TU, 40123 }, /* polestar */
	{  1061, TU, 26818 }, /* kiosk */
	{  1062, TU, 54776 }, /* veracity */
	{  1063, TU, 27094 }, /* kyoceranetdev */
	{  1064, TU, 26370 }, /* jstel */
	{  1065, TU, 50921 }, /* syscomlan */
	{  1066, TU, 18843 }, /* fpo-fns */
	{  1067, TU, 24146 }, /* instl-boots */
	{  1068, TU, 24134 }, /* instl-bootc */
	{  1069, TU,  9968 }, /* cognex-insight */
	{  1070, TU, 19939 }, /* gmrupdateserv */
	{  1071, TU,  7097 }, /* bsquare-voip */
	{  1072, TU,  8114 }, /* cardax */
	{  1073, TU,  6967 }, /* bridgecontrol */
	{  1074, TU, 56275 }, /* warmspotMgmt */
	{  1075, TU, 42892 }, /* rdrmshc */
	{  1076, TU, 12177 }, /* dab-sti-c */
	{  1077, TU, 23480 }, /* imgames */
	{  1078, TU,  5230 }, /* avocent-proxy */
	{  1079, TU,  4441 }, /* asprovatalk */
	{  1080, TU, 48195 }, /* socks */
	{  1081, TU, 41488 }, /* pvuniwien */
	{  1082, TU,  2596 }, /* amt-esd-prot */
	{  1083, TU,  2815 }, /* ansoft-lm-1 */
	{  1084, TU,  2827 }, /* ansoft-lm-2 */
	{  1085, TU, 56564 }, /* webobjects */
	{  1086, TU, 10850 }, /* cplscrambler-lg */
	{  1087, TU, 10834 }, /* cplscrambler-in */
	{  1088, TU, 10818 }, /* cplscrambler-al */
	{  1089, TU, 17874 }, /* ff-annunc */
	{  1090, TU, 17884 }, /* ff-fms */
	{  1091, TU, 17909 }, /* ff-sm */
	{  1092, TU, 36113 }, /* obrpd */
	{  1093, TU, 40967 }, /* proofd */
	{  1094, TU, 43861 }, /* rootd */
	{  1095, TU, 34809 }, /* nicelink */
	{  1096, TU,  9823 }, /* cnrprotocol */
	{  1097, TU, 50072 }, /* sunclustermgr */
	{  1098, TU, 43647 }, /* rmiactivation */
	{  1099, TU, 43668 }, /* rmiregistry */
	{  1100, TU, 29429 }, /* mctp */
	{  1101, TU, 41326 }, /* pt2-discover */
	{  1102, TU,  1392 }, /* adobeserver-1 */
	{  1103, TU,  1406 }, /* adobeserver-2 */
	{  1104, TU, 58135 }, /* xrl */
	{  1105, TU, 19027 }, /* ftranhc */
	{  1106, TU, 25353 }, /* isoipsigport-1 */
	{  1107, TU, 25368 }, /* isoipsigport-2 */
	{  1108, TU, 42624 }, /* ratio-adp */
	{  1110, T , 56488 }, /* webadmstart */
	{  1110, U , 34749 }, /* nfsd-keepalive */
	{  1111, TU, 28021 }, /* lmsocialserver */
	{  1112, TU, 31638 }, /* icp */
	{  1113, TU, 28476 }, /* ltp-deepspace */
	{  1114, TU, 30416 }, /* mini-sql */
	{  1115, TU,  3799 }, /* ardus-trns */
	{  1116, TU,  3776 }, /* ardus-cntl */
	{  1117, TU,  3787 }, /* ardus-mtrns */
	{  1118, TU, 44581 }, /* sacred */
	{  1119, TU,  6608 }, /* bnetgame */
	{  1120, TU,  6599 }, /* bnetfile */
	{  1121, TU, 43719 }, /* rmpp */
	{  1122, TU,  5083 }, /* availant-mgr */
	{  1123, TU, 31999 }, /* murray */
	{  1124, TU, 21780 }, /* hpvmmcontrol */
	{  1125, TU, 21769 }, /* hpvmmagent */
	{  1126, TU, 21793 }, /* hpvmmdata */
	{  1127, TU, 27078 }, /* kwdb-commn */
	{  1128, TU, 44838 }, /* saphostctrl */
	{  1129, TU, 44850 }, /* saphostctrls */
	{  1130, TU,  8222 }, /* casp */
	{  1131, TU,  8227 }, /* caspssl */
	{  1132, TU, 27067 }, /* kvm-via-ip */
	{  1133, TU, 13255 }, /* dfn */
	{  1134, TU,  3184 }, /* aplx */
	{  1135, TU, 36649 }, /* omnivision */
	{  1136, TU, 21085 }, /* hhb-gateway */
	{  1137, TU, 53077 }, /* trim */
	{  1138, TU, 16221 }, /* encrypted-admin */
	{  1139, TU, 10237 }, /* evm */
	{  1140, TU,  5025 }, /* autonoc */
	{  1141, TU, 32104 }, /* mxomss */
	{  1142, TU, 15563 }, /* edtools */
	{  1143, TU, 23636 }, /* imyx */
	{  1144, TU, 19175 }, /* fuscript */
	{  1145, TU, 57568 }, /* x9-icue */
	{  1146, TU,  4851 }, /* audit-transfer */
	{  1147, TU,  8045 }, /* capioverlan */
	{  1148, TU, 15799 }, /* elfiq-repl */
	{  1149, TU,  7337 }, /* bvtsonar */
	{  1150, TU,  6249 }, /* blaze */
	{  1151, TU, 54244 }, /* unizensus */
	{  1152, TU, 56932 }, /* winpoplanmess */
	{  1153, TU,  7379 }, /* c1222-acse */
	{  1154, TU, 43304 }, /* resacommunity */
	{  1155, TU, 34736 }, /* nfa */
	{  1156, TU, 22268 }, /* iascontrol-oms */
	{  1157, TU, 22257 }, /* iascontrol */
	{  1158, TU, 12526 }, /* dbcontrol-oms */
	{  1159, TU, 37602 }, /* oracle-oms */
	{  1160, TU, 36505 }, /* olsv */
	{  1161, TU, 20915 }, /* health-polling */
	{  1162, TU, 20930 }, /* health-trap */
	{  1163, TU, 26591 }, /* sddp */
	{  1164, TU, 41940 }, /* qsm-proxy */
	{  1165, TU, 41932 }, /* qsm-gui */
	{  1166, TU, 41950 }, /* qsm-remote */
	{  1167, TU,  9216 }, /* cisco-ipsla */
	{  1168, TU, 54655 }, /* vchat */
	{  1169, TU, 53151 }, /* tripwire */
	{  1170, TU,  4637 }, /* atc-lm */
	{  1171, TU,  4623 }, /* atc-appserver */
	{  1172, TU, 14128 }, /* dnap */
	{  1173, TU, 12005 }, /* d-cinema-rrp */
	{  1174, TU, 18723 }, /* fnet-remote-ui */
	{  1175, TU, 14410 }, /* dossier */
	{  1176, TU, 23696 }, /* indigo-server */
	{  1177, TU, 13940 }, /* dkmessenger */
	{  1178, TU, 46445 }, /* sgi-storman */
	{  1179, TU,  5448 }, /* b2n */
	{  1180, TU, 29181 }, /* mc-client */
	{  1181, TU,   110 }, /* 3comnetman */
	{  1182, T ,   922 }, /* accelenet */
	{  1182, U ,   932 }, /* accelenet-data */
	{  1183, TU, 27914 }, /* llsurfup-http */
	{  1184, TU, 27928 }, /* llsurfup-https */
	{  1185, TU,  8267 }, /* catchpole */
	{  1186, TU, 32192 }, /* mysql-cluster */
	{  1187, TU,  2158 }, /* alias */
	{  1188, TU, 21575 }, /* hp-webadmin */
	{  1189, TU, 19970 }, /* unet */
	{  1190, TU, 10120 }, /* commlinx-avl */
	{  1191, TU, 20080 }, /* gpfs */
	{  1192, TU,  7670 }, /* caids-sensor */
	{  1193, TU, 18295 }, /* fiveacross */
	{  1194, TU, 37194 }, /* openvpn */
	{  1195, TU, 44067 }, /* rsf-1 */
	{  1196, TU, 33631 }, /* netmagic */
	{  1197, TU,  8158 }, /* carrius-rshell */
	{  1198, TU,  7697 }, /* cajo-discovery */
	{  1199, TU, 14071 }, /* dmidi */
	{  1200, TU, 45210 }, /* scol */
	{  1201, TU, 35911 }, /* nucleus-sand */
	{  1202, TU,  7661 }, /* caiccipc */
	{  1203, TU, 49177 }, /* ssslic-mgr */
	{  1204, TU, 49188 }, /* ssslog-mgr */
	{  1205, TU,   975 }, /* accord-mgc */
	{  1206, TU,  2879 }, /* anthony-data */
	{  1207, TU, 29999 }, /* metasage */
	{  1208, TU, 45592 }, /* seagull-ais */
	{  1209, TU, 24666 }, /* ipcd3 */
	{  1210, TU, 16472 }, /* eoss */
	{  1211, TU, 20243 }, /* groove-dpp */
	{  1212, TU, 28499 }, /* lupa */
	{  1213, TU, 30937 }, /* mpc-lifenet */
	{  1214, TU, 26650 }, /* kazaa */
	{  1215, TU, 44986 }, /* scanstat-1 */
	{  1216, TU, 16975 }, /* etebac5 */
	{  1217, TU, 21703 }, /* hpss-ndapi */
	{  1218, TU,  1554 }, /* aeroflight-ads */
	{  1219, TU,  1569 }, /* aeroflight-ret */
	{  1220, TU, 42027 }, /* qt-serveradmin */
	{  1221, TU, 50392 }, /* sweetware-apps */
	{  1222, TU, 33001 }, /* nerv */
	{  1223, TU, 52096 }, /* tgp */
	{  1224, TU, 55555 }, /* vpnz */
	{  1225, TU, 47363 }, /* slinkysearch */
	{  1226, TU, 49422 }, /* stgxfws */
	{  1227, TU, 14163 }, /* dns2go */
	{  1228, TU, 18632 }, /* florence */
	{  1229, TU, 58439 }, /* zented */
	{  1230, TU, 39304 }, /* periscope */
	{  1231, TU, 29748 }, /* menandmice-lpm */
	{  1232, TU, 18260 }, /* first-defense */
	{  1233, TU, 54192 }, /* univ-appserver */
	{  1234, TU, 45623 }, /* search-agent */
	{  1235, TU, 30877 }, /* mosaicsyssvc1 */
	{  1236, TU,  7320 }, /* bvcontrol */
	{  1237, TU, 53325 }, /* tsdos390 */
	{  1238, TU, 20760 }, /* hacl-qs */
	{  1239, TU, 35213 }, /* nmsd */
	{  1240, TU, 24124 }, /* instantia */
	{  1241, TU, 33018 }, /* nessus */
	{  1242, TU, 35142 }, /* nmasoverip */
	{  1243, TU, 46018 }, /* serialgateway */
	{  1244, TU, 25078 }, /* isbconference1 */
	{  1245, TU, 25093 }, /* isbconference2 */
	{  1246, TU, 38775 }, /* payrouter */
	{  1247, TU, 55197 }, /* visionpyramid */
	{  1248, TU, 21008 }, /* hermes */
	{  1249, TU, 29867 }, /* mesavistaco */
	{  1250, TU, 50461 }, /* swldy-sias */
	{  1251, TU, 46055 }, /* servergraph */
	{  1252, TU,  7087 }, /* bspne-pcc */
	{  1253, TU, 41668 }, /* q55-pcc */
	{  1254, TU, 12893 }, /* de-noc */
	{  1255, TU, 12878 }, /* de-cache-query */
	{  1256, TU, 12900 }, /* de-server */
	{  1257, TU, 46635 }, /* shockwave2 */
	{  1258, TU, 37078 }, /* opennl */
	{  1259, TU, 37085 }, /* opennl-voice */
	{  1260, TU, 22505 }, /* ibm-ssd */
	{  1261, TU, 31136 }, /* mpshrsv */
	{  1262, TU, 41859 }, /* qnts-orb */
	{  1263, TU, 13936 }, /* dka */
	{  1264, TU, 40442 }, /* prat */
	{  1265, TU, 14832 }, /* dssiapi */
	{  1266, TU, 13059 }, /* dellpwrappks */
	{  1267, TU, 16491 }, /* epc */
	{  1268, TU, 40974 }, /* propel-msgsys */
	{  1269, TU, 56376 }, /* watilapp */
	{  1270, TU, 37375 }, /* opsmgr */
	{  1271, TU, 17235 }, /* excw */
	{  1272, TU, 11478 }, /* cspmlockmgr */
	{  1273, TU, 15955 }, /* emc-gateway */
	{  1274, TU, 51082 }, /* t1distproc */
	{  1275, TU, 25646 }, /* ivcollector */
	{  1277, TU, 30547 }, /* miva-mqs */
	{  1278, TU, 13072 }, /* dellwebadmin-1 */
	{  1279, TU, 13087 }, /* dellwebadmin-2 */
	{  1280, TU, 39568 }, /* pictrography */
	{  1281, TU, 20942 }, /* healthd */
	{  1282, TU, 16138 }, /* emperion */
	{  1283, TU, 40869 }, /* productinfo */
	{  1284, TU, 23243 }, /* iee-qfx */
	{  1285, TU, 32983 }, /* neoiface */
	{  1286, TU, 34178 }, /* netuitive */
	{  1287, TU, 43875 }, /* routematch */
	{  1288, TU, 32526 }, /* navbuddy */
	{  1289, TU, 26483 }, /* jwalkserver */
	{  1290, TU, 56902 }, /* winjaserver */
	{  1291, TU, 45604 }, /* seagulllms */
	{  1292, TU, 14683 }, /* dsdn */
	{  1293, TU, 39772 }, /* pkt-krb-ipsec */
	{  1294, TU,  9762 }, /* cmmdriver */
	{  1295, TU, 15679 }, /* ehtp */
	{  1296, TU, 39959 }, /* dproxy */
	{  1297, TU, 45532 }, /* sdproxy */
	{  1298, TU, 28346 }, /* lpcp */
	{  1299, TU, 21530 }, /* hp-sci */
	{  1300, TU, 20664 }, /* h323hostcallsc */
	{  1303, TU, 46336 }, /* sftsrv */
	{  1304, TU,  6733 }, /* boomerang */
	{  1305, TU, 39163 }, /* pe-mike */
	{  1306, TU, 42919 }, /* re-conn-proto */
	{  1307, TU, 38276 }, /* pacmand */
	{  1308, TU, 36307 }, /* odsi */
	{  1309, TU, 26392 }, /* jtag-server */
	{  1310, TU, 21990 }, /* husky */
	{  1311, TU, 44490 }, /* rxmon */
	{  1312, TU, 49430 }, /* sti-envision */
	{  1313, TU,  6491 }, /* bmc-patroldb */
	{  1314, TU, 39135 }, /* pdps */
	{  1315, TU, 49079 }, /* els */
	{  1316, TU, 17202 }, /* exbit-escp */
	{  1317, TU, 55698 }, /* vrts-ipcserver */
	{  1318, TU, 26970 }, /* krb5gatekeeper */
	{  1319, TU,  2677 }, /* amx-icsp */
	{  1320, TU,  2666 }, /* amx-axbnet */
	{  1321, TU,  9554 }, /* pip */
	{  1322, TU, 35512 }, /* novation */
	{  1323, TU,  6917 }, /* brcd */
	{  1324, TU, 13112 }, /* delta-mcp */
	{  1325, TU, 15087 }, /* dx-instrument */
	{  1326, TU, 56837 }, /* wimsic */
	{  1327, TU, 53948 }, /* ultrex */
	{  1328, TU, 11304 }, /* ewall */
	{  1329, TU, 33493 }, /* netdb-export */
	{  1330, TU, 49531 }, /* streetperfect */
	{  1331, TU, 24385 }, /* intersan */
	{  1332, TU, 38873 }, /* pcia-rxp-b */
	{  1333, TU, 38633 }, /* passwrd-policy */
	{  1334, TU, 57198 }, /* writesrv */
	{  1335, TU, 13626 }, /* digital-notary */
	{  1336, TU, 25115 }, /* ischat */
	{  1337, TU, 29733 }, /* menandmice-dns */
	{  1338, TU, 57046 }, /* wmc-log-svc */
	{  1339, TU, 26830 }, /* kjtsiteserver */
	{  1340, TU, 32346 }, /* naap */
	{  1341, TU, 42120 }, /* qubes */
	{  1342, TU, 16729 }, /* esbroker */
	{  1343, TU, 42944 }, /* re101 */
	{  1344, TU, 22592 }, /* icap */
	{  1345, TU, 55542 }, /* vpjp */
	{  1346, TU,  2261 }, /* alta-ana-lm */
	{  1347, TU,  5653 }, /* bbn-mmc */
	{  1348, TU,  5661 }, /* bbn-mmx */
	{  1349, TU, 51645 }, /* sbook */
	{  1350, TU, 15468 }, /* editbench */
	{  1351, TU, 16642 }, /* equationbuilder */
	{  1352, TU, 28327 }, /* lotusnote */
	{  1353, TU, 43123 }, /* relief */
	{  1354, TU,   588 }, /* XSIP-network */
	{  1355, TU, 24516 }, /* intuitive-edge */
	{  1356, TU, 11743 }, /* cuillamartin */
	{  1357, TU, 39228 }, /* pegboard */
	{  1358, TU, 10483 }, /* connlcli */
	{  1359, TU, 46337 }, /* ftsrv */
	{  1360, TU, 30368 }, /* mimer */
	{  1361, TU,  2714 }, /* linx */
	{  1362, TU, 52322 }, /* timeflies */
	{  1363, TU, 32843 }, /* ndm-requester */
	{  1364, TU, 32857 }, /* ndm-server */
	{  1365, TU,  1340 }, /* adapt-sna */
	{  1366, TU, 34400 }, /* netware-csp */
	{  1367, TU, 33710 }, /* dcs */
	{  1368, TU, 45287 }, /* screencast */
	{  1369, TU, 20487 }, /* gv-us */
	{  1370, TU, 54383 }, /* us-gv */
	{  1371, TU, 17642 }, /* fc-cli */
	{  1372, TU, 17664 }, /* fc-ser */
	{  1373, TU,  9003 }, /* chromagrafx */
	{  1374, TU, 30800 }, /* molly */
	{  1375, TU,  7350 }, /* bytex */
	{  1376, TU, 22477 }, /* ibm-pps */
	{  1377, TU,  9034 }, /* cichlid */
	{  1378, TU, 27855 }, /* elan */
	{  1379, TU, 12591 }, /* dbreporter */
	{  1380, TU, 51892 }, /* telesis-licman */
	{  1381, TU,  3354 }, /* apple-licman */
	{  1382, TU, 53865 }, /* udt-os */
	{  1383, TU, 20536 }, /* gwha */
	{  1384, TU, 37845 }, /* os-licman */
	{  1385, TU,  4644 }, /* atex-elmd */
	{  1386, TU,  8887 }, /* checksum */
	{  1387, TU,  7611 }, /* cadsi-lm */
	{  1388, TU, 36085 }, /* objective-dbc */
	{  1389, TU, 22879 }, /* iclpv-dm */
	{  1390, TU, 22927 }, /* iclpv-sc */
	{  1391, TU, 22917 }, /* iclpv-sas */
	{  1392, TU, 22908 }, /* iclpv-pm */
	{  1393, TU, 22898 }, /* iclpv-nls */
	{  1394, TU, 22888 }, /* iclpv-nlc */
	{  1395, TU, 22936 }, /* iclpv-wsm */
	{  1396, TU, 15014 }, /* dvl-activemail */
	{  1397, TU,  4822 }, /* audio-activmail */
	{  1398, TU, 54973 }, /* video-activmail */
	{  1399, TU,  7566 }, /* cadkey-licman */
	{  1400, TU,  7580 }, /* cadkey-tablet */
	{  1401, TU, 20040 }, /* goldleaf-licman */
	{  1402, TU, 40770 }, /* prm-sm-np */
	{  1403, TU, 40753 }, /* prm-nm-np */
	{  1404, TU, 23362 }, /* igi-lm */
	{  1405, TU, 22485 }, /* ibm-res */
	{  1406, TU, 33620 }, /* netlabs-lm */
	{  1407, T , 52166 }, /* tibet-server */
	{  1408, TU, 48398 }, /* sophia-lm */
	{  1409, TU, 21000 }, /* here-lm */
	{  1410, TU, 21173 }, /* hiq */
	{  1411, TU, 35012 }, /* af */
	{  1412, TU, 23973 }, /* innosys */
	{  1413, TU, 23981 }, /* innosys-acl */
	{  1414, TU, 22450 }, /* ibm-mqseries */
	{  1415, TU, 12602 }, /* dbstar */
	{  1416, TU, 35536 }, /* novell-lu6-2 */
	{  1417, TU, 52260 }, /* timbuktu-srv1 */
	{  1418, TU, 52274 }, /* timbuktu-srv2 */
	{  1419, TU, 52288 }, /* timbuktu-srv3 */
	{  1420, TU, 52302 }, /* timbuktu-srv4 */
	{  1421, TU, 19415 }, /* gandalf-lm */
	{  1422, TU,  5000 }, /* autodesk-lm */
	{  1423, TU, 16910 }, /* essbase */
	{  1424, TU, 21996 }, /* hybrid */
	{  1425, TU, 58520 }, /* zion-lm */
	{  1426, TU, 44663 }, /* sais */
	{  1427, TU, 30583 }, /* mloadd */
	{  1428, TU, 23863 }, /* informatik-lm */
	{  1429, TU,  5169 }, /* nms */
	{  1430, TU, 52834 }, /* tpdu */
	{  1431, TU, 43472 }, /* rgtp */
	{  1432, TU,  6318 }, /* blueberry-lm */
	{  1433, TU, 31432 }, /* ms-sql-s */
	{  1434, TU, 31423 }, /* ms-sql-m */
	{  1435, TU, 22377 }, /* ibm-cics */
	{  1436, TU, 44682 }, /* saism */
	{  1437, TU, 51131 }, /* tabula */
	{  1438, TU, 15684 }, /* eicon-server */
	{  1439, TU, 15707 }, /* eicon-x25 */
	{  1440, TU, 15697 }, /* eicon-slp */
	{  1441, TU,  7550 }, /* cadis-1 */
	{  1442, TU,  7558 }, /* cadis-2 */
	{  1443, TU, 23298 }, /* ies-lm */
	{  1444, TU, 28981 }, /* marcam-lm */
	{  1445, TU, 41134 }, /* proxima-lm */
	{  1446, TU, 37544 }, /* ora-lm */
	{  1447, TU,  3546 }, /* apri-lm */
	{  1448, TU, 36135 }, /* oc-lm */
	{  1449, TU, 39272 }, /* peport */
	{  1450, TU, 15057 }, /* dwf */
	{  1451, TU, 23845 }, /* infoman */
	{  1452, TU, 20403 }, /* gtegsc-lm */
	{  1453, TU, 19651 }, /* genie-lm */
	{  1454, TU, 24331 }, /* interhdl-elmd */
	{  1455, TU, 16791 }, /* esl-lm */
	{  1456, TU, 12623 }, /* dca */
	{  1457, TU, 54547 }, /* valisys-lm */
	{  1458, TU, 35670 }, /* nrcabq-lm */
	{  1459, TU, 41026 }, /* proshare1 */
	{  1460, TU, 41036 }, /* proshare2 */
	{  1461, TU, 22513 }, /* ibm-wrless-lan */
	{  1462, TU, 57116 }, /* world-lm */
	{  1463, TU, 35903 }, /* nucleus */
	{  1464, TU, 31720 }, /* msl-lmd */
	{  1465, TU, 25393 }, /* pipes */
	{  1466, TU, 36164 }, /* oceansoft-lm */
	{  1467, TU, 11337 }, /* csdmbase */
	{  1468, TU, 11332 }, /* csdm */
	{  1469, TU,   752 }, /* aal-lm */
	{  1470, TU, 53756 }, /* uaiact */
	{  1471, TU, 11337 }, /* csdmbase */
	{  1472, TU, 11332 }, /* csdm */
	{  1473, TU, 37069 }, /* openmath */
	{  1474, TU, 51835 }, /* telefinder */
	{  1475, TU, 51341 }, /* taligent-lm */
	{  1476, TU,  9712 }, /* clvm-cfg */
	{  1477, TU, 31409 }, /* ms-sna-server */
	{  1478, TU, 31397 }, /* ms-sna-base */
	{  1479, TU, 12545 }, /* dberegister */
	{  1480, TU, 38265 }, /* pacerforum */
	{  1481, TU,  2036 }, /* airs */
	{  1482, TU, 30535 }, /* miteksys-lm */
	{  1483, TU,  9329 }, /* afs */
	{  1484, TU, 10413 }, /* confluent */
	{  1485, TU, 27347 }, /* lansource */
	{  1486, TU, 35199 }, /* nms-topo-serv */
	{  1487, TU, 28111 }, /* localinfosrvr */
	{  1488, TU, 14244 }, /* docstor */
	{  1489, TU, 14059 }, /* dmdocbroker */
	{  1490, TU, 24080 }, /* insitu-conf */
	{  1492, TU, 49458 }, /* stone-design-1 */
	{  1493, TU, 33640 }, /* netmap-lm */
	{  1494, TU, 51742 }, /* ica */
	{  1495, TU, 11803 }, /* cvc */
	{  1496, TU, 27664 }, /* liberty-lm */
	{  1497, TU,  9108 }, /* rfx-lm */
	{  1498, TU, 50574 }, /* sybase-sqlany */
	{  1499, TU, 17951 }, /* fhc */
	{  1500, TU, 55285 }, /* vlsi-lm */
	{  1501, TU, 44668 }, /* saiscm */
	{  1502, TU, 46589 }, /* shivadiscovery */
	{  1503, TU, 23627 }, /* imtc-mcs */
	{  1504, TU, 17058 }, /* evb-elm */
	{  1505, TU, 19165 }, /* funkproxy */
	{  1506, TU, 54424 }, /* utcd */
	{  1507, TU, 50679 }, /* symplex */
	{  1508, TU, 13431 }, /* diagmond */
	{  1509, TU, 43768 }, /* robcad-lm */
	{  1510, TU, 32073 }, /* mvx-lm */
	{  1511, TU,   162 }, /* 3l-l1 */
	{  1512, TU, 56961 }, /* wins */
	{  1513, TU, 19074 }, /* fujitsu-dtc */
	{  1514, TU, 19086 }, /* fujitsu-dtcns */
	{  1515, TU, 23325 }, /* ifor-protocol */
	{  1516, TU, 55537 }, /* vpad */
	{  1517, TU, 55532 }, /* vpac */
	{  1518, TU, 55593 }, /* vpvd */
	{  1519, TU, 55588 }, /* vpvc */
	{  1520, TU,  4697 }, /* atm-zip-office */
	{  1521, TU, 32762 }, /* ncube-lm */
	{  1522, TU, 43494 }, /* ricardo-lm */
	{  1523, TU,  9023 }, /* cichild-lm */
	{  1524, TU, 23923 }, /* ingreslock */
	{  1525, TU, 37677 }, /* orasrv */
	{  1526, TU, 39109 }, /* pdap-np */
	{  1527, TU, 52491 }, /* tlisrv */
	{  1528, TU, 35367 }, /* norp */
	{  1529, TU,  9859 }, /* coauthor */
	{  1530, TU, 42547 }, /* rap-service */
	{  1531, TU, 42536 }, /* rap-listen */
	{  1532, TU, 30496 }, /* miroconnect */
	{  1533, TU, 55102 }, /* virtual-places */
	{  1534, TU, 30226 }, /* micromuse-lm */
	{  1535, TU,  2524 }, /* ampr-info */
	{  1536, TU,  2534 }, /* ampr-inter */
	{  1537, TU, 45554 }, /* sdsc-lm */
	{  1538, TU,   129 }, /* 3ds-lm */
	{  1539, TU, 24282 }, /* intellistor-lm */
	{  1540, TU, 43594 }, /* rds */
	{  1541, TU, 42914 }, /* rds2 */
	{  1542, TU, 20210 }, /* gridgen-elmd */
	{  1543, TU, 46946 }, /* simba-cs */
	{  1544, TU,  4405 }, /* aspeclmd */
	{  1545, TU, 55231 }, /* vistium-share */
	{  1546, TU,   811 }, /* abbaccuray */
	{  1547, TU, 27399 }, /* laplink */
	{  1548, TU,  5354 }, /* axon-lm */
	{  1549, T , 46604 }, /* shivahose */
	{  1549, U , 46614 }, /* shivasound */
	{  1550, TU,   174 }, /* 3m-image-lm */
	{  1551, TU, 20960 }, /* hecmtl-db */
	{  1552, TU, 38884 }, /* pciarray */
	{  1553, TU, 47813 }, /* sna-cs */
	{  1554, TU,  7503 }, /* caci-lm */
	{  1555, TU, 27852 }, /* livelan */
	{  1556, TU, 54806 }, /* veritas-pbx */
	{  1557, TU,  3729 }, /* arbortext-lm */
	{  1558, TU, 57716 }, /* xingmpeg */
	{  1559, TU, 56469 }, /* web2host */
	{  1560, TU,  4208 }, /* asci-val */
	{  1561, TU, 17450 }, /* facilityview */
	{  1562, TU, 38967 }, /* pconnectmgr */
	{  1563, TU,  7524 }, /* cadabra-lm */
	{  1564, TU, 38735 }, /* pay-per-view */
	{  1565, TU, 56850 }, /* winddlb */
	{  1566, TU, 10719 }, /* corelvideo */
	{  1567, TU, 26222 }, /* jlicelmd */
	{  1568, TU, 53356 }, /* tsspmap */
	{  1569, TU, 45467 }, /* ets */
	{  1570, TU, 37747 }, /* orbixd */
	{  1571, TU, 42823 }, /* rdb-dbs-disp */
	{  1572, TU,  8952 }, /* chip-lm */
	{  1573, TU, 25607 }, /* itscomm-ns */
	{  1574, TU, 32052 }, /* mvel-lm */
	{  1575, TU, 37650 }, /* oraclenames */
	{  1576, TU, 30788 }, /* moldflow-lm */
	{  1577, TU, 22042 }, /* hypercube-lm */
	{  1578, TU, 25802 }, /* jacobus-lm */
	{  1579, TU, 24594 }, /* ioc-sea-lm */
	{  1580, T , 52587 }, /* tn-tl-r1 */
	{  1580, U , 52596 }, /* tn-tl-r2 */
	{  1581, TU, 30341 }, /* mil-2045-47001 */
	{  1582, TU, 31714 }, /* msims */
	{  1583, TU, 46955 }, /* simbaexpress */
	{  1584, TU, 52577 }, /* tn-tl-fd2 */
	{  1585, TU, 24531 }, /* intv */
	{  1586, TU, 22358 }, /* ibm-abtact */
	{  1587, TU, 40433 }, /* pra-elmd */
	{  1588, TU, 53160 }, /* triquest-lm */
	{  1589, TU, 55598 }, /* vqp */
	{  1590, TU, 19608 }, /* gemini-lm */
	{  1591, TU, 32729 }, /* ncpm-pm */
	{  1592, TU, 10133 }, /* commonspace */
	{  1593, TU, 28854 }, /* mainsoft-lm */
	{  1594, TU, 47204 }, /* sixtrak */
	{  1595, TU, 53841 }, /* radio */
	{  1596, T , 42323 }, /* radio-sm */
	{  1596, U , 42314 }, /* radio-bc */
	{  1597, TU, 37754 }, /* orbplus-iiop */
	{  1598, TU, 39552 }, /* picknfs */
	{  1599, TU, 46968 }, /* simbaservices */
	{  1600, TU, 25430 }, /* issd */
	{  1601, TU, 32781 }, /* aas */
	{  1602, TU, 24092 }, /* inspect */
	{  1603, TU, 39560 }, /* picodbc */
	{  1604, TU, 22573 }, /* icabrowser */
	{  1605, TU, 16506 }, /* slp */
	{  1606, TU, 47388 }, /* slm-api */
	{  1607, TU, 49615 }, /* stt */
	{  1608, TU, 47581 }, /* smart-lm */
	{  1609, TU, 25435 }, /* isysg-lm */
	{  1610, TU, 51583 }, /* taurus-wh */
	{  1611, TU, 25284 }, /* ill */
	{  1612, TU, 33238 }, /* netbill-trans */
	{  1613, TU, 33210 }, /* netbill-keyrep */
	{  1614, TU, 33197 }, /* netbill-cred */
	{  1615, TU, 33184 }, /* netbill-auth */
	{  1616, TU, 33225 }, /* netbill-prod */
	{  1617, TU, 34979 }, /* nimrod-agent */
	{  1618, TU, 47301 }, /* skytelnet */
	{  1619, TU, 58158 }, /* xs-openstorage */
	{  1620, TU, 17592 }, /* faxportwinport */
	{  1621, TU, 48240 }, /* softdataphone */
	{  1622, TU, 36825 }, /* ontime */
	{  1623, TU, 25813 }, /* jaleosnd */
	{  1624, TU, 53826 }, /* udp-sr-port */
	{  1625, TU, 50326 }, /* svs-omagent */
	{  1626, TU, 46625 }, /* shockwave */
	{  1627, TU, 51069 }, /* t128-gateway */
	{  1628, TU, 28194 }, /* lontalk-norm */
	{  1629, TU, 28207 }, /* lontalk-urgnt */
	{  1630, TU, 37662 }, /* oraclenet8cman */
	{  1631, TU, 55211 }, /* visitview */
	{  1632, TU, 38421 }, /* pammratc */
	{  1633, TU, 38430 }, /* pammrpc */
	{  1634, TU, 28102 }, /* loaprobe */
	{  1635, TU, 15424 }, /* edb-server1 */
	{  1636, TU, 25141 }, /* isdc */
	{  1637, TU, 25215 }, /* islc */
	{  1638, TU, 25250 }, /* ismc */
	{  1639, TU,  8650 }, /* cert-initiator */
	{  1640, TU,  8665 }, /* cert-responder */
	{  1641, TU, 24536 }, /* invision */
	{  1642, TU, 25186 }, /* isis-am */
	{  1643, TU, 25194 }, /* isis-ambc */
	{  1644, TU, 44675 }, /* saiseh */
	{  1645, TU, 46781 }, /* sightline */
	{  1646, TU, 44538 }, /* sa-msg-port */
	{  1647, TU, 44042 }, /* rsap */
	{  1648, TU, 10355 }, /* concurrent-lm */
	{  1649, TU, 26713 }, /* kermit */
	{  1650, TU, 35059 }, /* nkd */
	{  1651, TU, 46574 }, /* shiva-confsrvr */
	{  1652, TU, 57992 }, /* xnmp */
	{  1653, TU,  2248 }, /* alphatech-lm */
	{  1654, TU, 49269 }, /* stargatealerts */
	{  1655, TU, 12926 }, /* dec-mbadmin */
	{  1656, TU, 12938 }, /* dec-mbadmin-h */
	{  1657, TU, 19100 }, /* fujitsu-mmpdc */
	{  1658, TU, 47194 }, /* sixnetudr */
	{  1659, TU, 25438 }, /* sg-lm */
	{  1660, TU, 47254 }, /* skip-mc-gikreq */
	{  1661, TU, 34188 }, /* netview-aix-1 */
	{  1662, TU, 34247 }, /* netview-aix-2 */
	{  1663, TU, 34261 }, /* netview-aix-3 */
	{  1664, TU, 34275 }, /* netview-aix-4 */
	{  1665, TU, 34289 }, /* netview-aix-5 */
	{  1666, TU, 34303 }, /* netview-aix-6 */
	{  1667, TU, 34317 }, /* netview-aix-7 */
	{  1668, TU, 34331 }, /* netview-aix-8 */
	{  1669, TU, 34345 }, /* netview-aix-9 */
	{  1670, TU, 34202 }, /* netview-aix-10 */
	{  1671, TU, 34217 }, /* netview-aix-11 */
	{  1672, TU, 34232 }, /* netview-aix-12 */
	{  1673, TU, 40998 }, /* proshare-mc-1 */
	{  1674, TU, 41012 }, /* proshare-mc-2 */
	{  1675, TU, 26951 }, /* pdp */
	{  1676, T , 33370 }, /* netcomm1 */
	{  1676, U , 33379 }, /* netcomm2 */
	{  1677, TU, 20254 }, /* groupwise */
	{  1678, TU, 40959 }, /* prolink */
	{  1679, TU, 12257 }, /* darcorp-lm */
	{  1680, TU, 30213 }, /* microcom-sbp */
	{  1681, TU, 45398 }, /* sd-elmd */
	{  1682, TU, 27384 }, /* lanyon-lantern */
	{  1683, TU, 32720 }, /* ncpm-hip */
	{  1684, TU, 47866 }, /* snaresecure */
	{  1685, TU, 32304 }, /* n2nremote */
	{  1686, TU, 11828 }, /* cvmon */
	{  1687, TU, 35748 }, /* nsjtp-ctrl */
	{  1688, TU, 35759 }, /* nsjtp-data */
	{  1689, TU, 18231 }, /* firefox */
	{  1690, TU, 34772 }, /* ng-umds */
	{  1691, TU, 16147 }, /* empire-empuma */
	{  1692, TU, 49217 }, /* sstsys-lm */
	{  1693, TU, 44003 }, /* rrirtr */
	{  1694, TU, 43996 }, /* rrimwm */
	{  1695, TU, 43989 }, /* rrilwm */
	{  1696, TU, 43982 }, /* rrifmm */
	{  1697, TU, 44010 }, /* rrisat */
	{  1698, TU, 44131 }, /* rsvp-encap-1 */
	{  1699, TU, 44144 }, /* rsvp-encap-2 */
	{  1700, TU, 31127 }, /* mps-raft */
	{  1701, TU, 27158 }, /* l2f */
	{  1702, TU, 13176 }, /* deskshare */
	{  1703, TU, 20843 }, /* hb-engine */
	{  1704, TU,  5693 }, /* bcs-broker */
	{  1705, TU, 47353 }, /* slingshot */
	{  1706, TU, 26166 }, /* jetform */
	{  1707, TU, 54739 }, /* vdmplay */
	{  1708, TU, 19451 }, /* gat-lmd */
	{  1709, TU,  8599 }, /* centra */
	{  1710, TU, 23541 }, /* impera */
	{  1711, TU, 40377 }, /* pptconference */
	{  1712, TU, 43113 }, /* registrar */
	{  1713, TU, 10386 }, /* conferencetalk */
	{  1714, TU, 46255 }, /* sesi-lm */
	{  1715, TU, 21356 }, /* houdini-lm */
	{  1716, TU, 57959 }, /* xmsg */
	{  1717, TU, 18306 }, /* fj-hdnet */
	{  1718, TU, 20625 }, /* h323gatedisc */
	{  1719, TU, 20638 }, /* h323gatestat */
	{  1720, TU, 20651 }, /* h323hostcall */
	{  1721, TU,  7654 }, /* caicci */
	{  1722, TU, 21203 }, /* hks-lm */
	{  1723, TU, 40391 }, /* pptp */
	{  1724, TU, 11272 }, /* csbphonemaster */
	{  1725, TU, 23101 }, /* iden-ralp */
	{  1726, TU, 22346 }, /* iberiagames */
	{  1727, TU, 56858 }, /* winddx */
	{  1728, TU, 51907 }, /* telindus */
	{  1729, TU,  9422 }, /* citynl */
	{  1730, TU, 43854 }, /* roketz */
	{  1731, TU, 31707 }, /* msiccp */
	{  1732, TU, 41127 }, /* proxim */
	{  1733, TU, 46829 }, /* siipat */
	{  1734, TU,  7791 }, /* cambertx-lm */
	{  1735, TU, 40697 }, /* privatechat */
	{  1736, TU, 49517 }, /* street-stream */
	{  1737, TU, 53916 }, /* ultimad */
	{  1738, TU, 19367 }, /* gamegen1 */
	{  1739, TU, 56478 }, /* webaccess */
	{  1740, TU, 36993 }, /* encore */
	{  1741, TU,  9228 }, /* cisco-net-mgmt */
	{  1742, TU,    16 }, /* 3Com-nsd */
	{  1743, TU,  9103 }, /* cinegrfx-lm */
	{  1744, TU, 32712 }, /* ncpm-ft */
	{  1745, TU, 43214 }, /* remote-winsock */
	{  1746, TU, 19035 }, /* ftrapid-1 */
	{  1747, TU, 19045 }, /* ftrapid-2 */
	{  1748, TU, 37566 }, /* oracle-em1 */
	{  1749, TU,  4414 }, /* aspen-services */
	{  1750, TU, 49052 }, /* sslp */
	{  1751, TU, 50417 }, /* swiftnet */
	{  1752, TU, 28165 }, /* lofr-lm */
	{  1753, T , 40521 }, /* predatar-comms */
	{  1754, TU, 37577 }, /* oracle-em2 */
	{  1755, TU, 31441 }, /* ms-streaming */
	{  1756, TU,  8033 }, /* capfast-lmd */
	{  1757, TU,  9812 }, /* cnhrp */
	{  1758, TU, 52068 }, /* tftp-mcast */
	{  1759, TU, 48775 }, /* spss-lm */
	{  1760, TU, 57474 }, /* www-ldap-gw */
	{  1761, TU,  8739 }, /* cft-0 */
	{  1762, TU,  8745 }, /* cft-1 */
	{  1763, TU,  8751 }, /* cft-2 */
	{  1764, TU,  8757 }, /* cft-3 */
	{  1765, TU,  8763 }, /* cft-4 */
	{  1766, TU,  8769 }, /* cft-5 */
	{  1767, TU,  8775 }, /* cft-6 */
	{  1768, TU,  8781 }, /* cft-7 */
	{  1769, TU,  6456 }, /* bmc-net-adm */
	{  1770, TU,  6468 }, /* bmc-net-svc */
	{  1771, TU, 54641 }, /* vaultbase */
	{  1772, TU, 16923 }, /* essweb-gw */
	{  1773, TU, 26875 }, /* kmscontrol */
	{  1774, TU, 19868 }, /* global-dtserv */
	{  1775, T , 54713 }, /* vdab */
	{  1776, TU, 17855 }, /* femis */
	{  1777, TU, 40272 }, /* powerguardian */
	{  1778, TU, 40853 }, /* prodigy-intrnet */
	{  1779, TU, 39446 }, /* pharmasoft */
	{  1780, TU, 14488 }, /* dpkeyserv */
	{  1781, TU,  2839 }, /* answersoft-lm */
	{  1782, TU, 21439 }, /* hp-hcip */
	{  1784, TU, 18175 }, /* finle-lm */
	{  1785, TU, 56865 }, /* windlm */
	{  1786, TU, 19153 }, /* funk-logger */
	{  1787, TU, 19140 }, /* funk-license */
	{  1788, TU, 41263 }, /* psmond */
	{  1789, TU,  1985 }, /* hello */
	{  1790, TU, 35228 }, /* nmsp */
	{  1791, TU, 15285 }, /* ea1 */
	{  1792, TU, 22433 }, /* ibm-dt-2 */
	{  1793, TU, 44047 }, /* rsc-robot */
	{  1794, TU,  8626 }, /* cera-bcm */
	{  1795, TU, 14478 }, /* dpi-proxy */
	{  1796, TU, 55386 }, /* vocaltec-admin */
	{  1797, TU, 16157 }, /* uma */
	{  1798, TU, 16268 }, /* etp */
	{  1799, TU, 33919 }, /* netrisk */
	{  1800, TU,  2853 }, /* ansys-lm */
	{  1801, TU, 31728 }, /* msmq */
	{  1802, TU, 10346 }, /* concomp1 */
	{  1803, TU, 21447 }, /* hp-hcip-gwy */
	{  1804, TU, 16272 }, /* enl */
	{  1805, TU, 16276 }, /* enl-name */
	{  1806, TU, 32016 }, /* musiconline */
	{  1807, TU, 17955 }, /* fhsp */
	{  1808, TU, 37624 }, /* oracle-vp2 */
	{  1809, TU, 37613 }, /* oracle-vp1 */
	{  1810, TU, 26135 }, /* jerand-lm */
	{  1811, TU, 45047 }, /* scientia-sdb */
	{  1812, TU, 42332 }, /* radius */
	{  1813, TU, 42339 }, /* radius-acct */
	{  1814, TU, 51773 }, /* tdp-suite */
	{  1815, TU, 30642 }, /* mmpft */
	{  1816, TU, 20823 }, /* harp */
	{  1817, TU, 43602 }, /* rkb-oscs */
	{  1818, TU, 16983 }, /* etftp */
	{  1819, TU, 39821 }, /* plato-lm */
	{  1820, TU, 29226 }, /* mcagent */
	{  1821, TU, 14399 }, /* donnyworld */
	{  1822, TU, 16721 }, /* es-elmd */
	{  1823, TU, 54176 }, /* unisys-lm */
	{  1824, TU, 30050 }, /* metrics-pas */
	{  1825, TU, 13685 }, /* direcpc-video */
	{  1826, TU,  3771 }, /* ardt */
	{  1827, TU,  4294 }, /* asi */
	{  1828, TU, 25579 }, /* itm-mcell-u */
	{  1829, TU, 37434 }, /* optika-emedia */
	{  1830, TU, 33078 }, /* net8-cman */
	{  1831, TU, 32179 }, /* myrtle */
	{  1832, TU, 52153 }, /* tht-treasure */
	{  1833, TU, 53838 }, /* udpradio */
	{  1834, TU,  3819 }, /* ardusuni */
	{  1835, TU,  3810 }, /* ardusmul */
	{  1836, TU, 49413 }, /* ste-smsc */
	{  1837, TU, 11448 }, /* csoft1 */
	{  1838, TU, 51366 }, /* talnet */
	{  1839, TU, 33776 }, /* netopia-vo1 */
	{  1840, TU, 33788 }, /* netopia-vo2 */
	{  1841, TU, 33800 }, /* netopia-vo3 */
	{  1842, TU, 33812 }, /* netopia-vo4 */
	{  1843, TU, 33824 }, /* netopia-vo5 */
	{  1844, TU, 13662 }, /* direcpc-dll */
	{  1845, TU,  2273 }, /* altalink */
	{  1846, TU, 53566 }, /* tunstall-pnc */
	{  1847, TU, 47396 }, /* slp-notify */
	{  1848, TU, 18342 }, /* fjdocdist */
	{  1849, TU,  2238 }, /* alpha-sms */
	{  1850, TU, 20304 }, /* gsi */
	{  1851, TU, 11580 }, /* ctcd */
	{  1852, TU, 55117 }, /* virtual-time */
	{  1853, TU, 55028 }, /* vids-avtp */
	{  1854, TU,  7177 }, /* buddy-draw */
	{  1855, TU, 18216 }, /* fiorano-rtrsvc */
	{  1856, TU, 18201 }, /* fiorano-msgsvc */
	{  1857, TU, 12301 }, /* datacaptor */
	{  1858, TU, 40686 }, /* privateark */
	{  1859, TU, 19401 }, /* gammafetchsvr */
	{  1860, TU, 50144 }, /* sunscalar-svc */
	{  1861, TU, 27587 }, /* lecroy-vicp */
	{  1862, TU, 32206 }, /* mysql-cm-agent */
	{  1863, TU, 31733 }, /* msnp */
	{  1864, TU, 38498 }, /* paradym-31port */
	{  1865, TU, 16383 }, /* entp */
	{  1866, TU, 50481 }, /* swrmi */
	{  1867, TU, 53858 }, /* udrive */
	{  1868, TU, 55270 }, /* viziblebrowser */
	{  1869, TU, 52927 }, /* transact */
	{  1870, TU, 50130 }, /* sunscalar-dns */
	{  1871, TU,  7907 }, /* canocentral0 */
	{  1872, TU,  7920 }, /* canocentral1 */
	{  1873, TU, 18494 }, /* fjmpjps */
	{  1874, TU, 18530 }, /* fjswapsnp */
	{  1875, TU, 56664 }, /* westell-stats */
	{  1876, TU, 17138 }, /* ewcappsrv */
	{  1877, TU, 21587 }, /* hp-webqosdb */
	{  1878, TU, 14607 }, /* drmsmc */
	{  1879, TU, 34165 }, /* nettgain-nms */
	{  1880, TU, 55797 }, /* vsat-control */
	{  1881, TU, 22463 }, /* ibm-mqseries2 */
	{  1882, TU, 15409 }, /* ecsqdmn */
	{  1883, TU, 45764 }, /* mqtt */
	{  1884, TU, 23134 }, /* idmaps */
	{  1885, TU, 55736 }, /* vrtstrapserver */
	{  1886, TU, 27632 }, /* leoip */
	{  1887, TU, 18138 }, /* filex-lport */
	{  1888, TU, 32665 }, /* ncconfig */
	{  1889, TU, 54059 }, /* unify-adapter */
	{  1890, TU, 56800 }, /* wilkenlistener */
	{  1891, TU,  8925 }, /* childkey-notif */
	{  1892, TU,  8911 }, /* childkey-ctrl */
	{  1893, TU, 15745 }, /* elad */
	{  1894, TU, 36048 }, /* o2server-port */
	{  1896, TU,  5412 }, /* b-novative-ls */
	{  1897, TU, 29922 }, /* metaagent */
	{  1898, TU, 11950 }, /* cymtec-port */
	{  1899, TU, 29209 }, /* mc2studios */
	{  1900, TU, 49010 }, /* ssdp */
	{  1901, TU, 18359 }, /* fjicl-tep-a */
	{  1902, TU, 18371 }, /* fjicl-tep-b */
	{  1903, TU, 27704 }, /* linkname */
	{  1904, TU, 18383 }, /* fjicl-tep-c */
	{  1905, TU, 49742 }, /* sugp */
	{  1906, TU, 52844 }, /* tpmd */
	{  1907, TU, 24453 }, /* intrastar */
	{  1908, TU, 12425 }, /* dawn */
	{  1909, TU, 19882 }, /* global-wlink */
	{  1910, TU, 53924 }, /* ultrabac */
	{  1911, TU, 18714 }, /* mtp */
	{  1912, TU, 43477 }, /* rhp-iibp */
	{  1913, TU,  3972 }, /* armadp */
	{  1914, TU, 15825 }, /* elm-momentum */
	{  1915, TU, 17441 }, /* facelink */
	{  1916, TU, 39333 }, /* persona */
	{  1917, TU, 35280 }, /* noagent */
	{  1918, TU,  7842 }, /* can-nds */
	{  1919, TU,  7808 }, /* can-dch */
	{  1920, TU,  7816 }, /* can-ferret */
	{  1921, TU, 35272 }, /* noadmin */
	{  1922, TU, 51426 }, /* tapestry */
	{  1923, TU, 57222 }, /* spice */
	{  1924, TU, 57703 }, /* xiip */
	{  1925, TU, 13835 }, /* discovery-port */
	{  1926, TU, 15643 }, /* egs */
	{  1927, TU, 55009 }, /* videte-cipc */
	{  1928, TU, 16195 }, /* emsd-port */
	{  1929, TU,  5575 }, /* bandwiz-system */
	{  1930, TU, 14561 }, /* driveappserver */
	{  1931, TU,  2424 }, /* amdsched */
	{  1932, TU, 11684 }, /* ctt-broker */
	{  1933, TU, 57825 }, /* xmapi */
	{  1934, TU, 57576 }, /* xaapi */
	{  1935, TU, 28700 }, /* macromedia-fcs */
	{  1936, TU, 26153 }, /* jetcmeserver */
	{  1937, TU, 26518 }, /* jwserver */
	{  1938, TU, 26495 }, /* jwclient */
	{  1939, TU, 26474 }, /* jvserver */
	{  1940, TU, 26453 }, /* jvclient */
	{  1941, TU, 13541 }, /* dic-aida */
	{  1942, TU, 22489 }, /* res */
	{  1943, TU,  5817 }, /* beeyond-media */
	{  1944, TU,  9622 }, /* close-combat */
	{  1945, TU, 13466 }, /* dialogic-elmd */
	{  1946, TU, 51816 }, /* tekpls */
	{  1947, TU, 45950 }, /* sentinelsrm */
	{  1948, TU, 17322 }, /* eye2eye */
	{  1949, TU, 25220 }, /* ismaeasdaqlive */
	{  1950, TU, 25235 }, /* ismaeasdaqtest */
	{  1951, TU,  5704 }, /* bcs-lmserver */
	{  1952, TU, 31059 }, /* mpnjsc */
	{  1953, TU, 42559 }, /* rapidbase */
	{  1954, TU,   859 }, /* abr-api */
	{  1955, TU,   867 }, /* abr-secure */
	{  1956, TU, 55641 }, /* vrtl-vmf-ds */
	{  1957, TU, 54232 }, /* unix-status */
	{  1958, TU, 15101 }, /* dxadmind */
	{  1959, TU, 47013 }, /* simp-all */
	{  1960, TU, 32399 }, /* nasmanager */
	{  1961, TU,  7155 }, /* bts-appserver */
	{  1962, TU,  6017 }, /* biap-mp */
	{  1963, TU, 56528 }, /* webmachine */
	{  1964, TU, 48314 }, /* solid-e-engine */
	{  1965, TU, 52409 }, /* tivoli-npm */
	{  1966, TU, 47424 }, /* slush */
	{  1967, TU, 48110 }, /* sns-quote */
	{  1968, TU, 27757 }, /* lipsinc */
	{  1969, TU, 27765 }, /* lipsinc1 */
	{  1970, TU, 33754 }, /* netop-rc */
	{  1971, TU, 33763 }, /* netop-school */
	{  1972, TU, 24406 }, /* intersys-cache */
	{  1973, TU, 14014 }, /* dlsrap */
	{  1974, TU,  7879 }, /* drp */
	{  1975, TU, 51651 }, /* tcoflashagent */
	{  1976, TU, 51665 }, /* tcoregagent */
	{  1977, TU, 51636 }, /* tcoaddressbook */
	{  1978, TU, 54142 }, /* unisql */
	{  1979, TU, 54149 }, /* unisql-java */
	{  1980, TU, 39171 }, /* pearldoc-xact */
	{  1981, TU, 38218 }, /* p2pq */
	{  1982, TU, 39765 }, /* estamp */
	{  1983, TU, 27638 }, /* lhtp */
	{  1984, TU,  5644 }, /* bb */
	{  1985, TU, 21873 }, /* hsrp */
	{  1986, TU, 27675 }, /* licensedaemon */
	{  1987, TU, 52856 }, /* tr-rsrb-p1 */
	{  1988, TU, 52867 }, /* tr-rsrb-p2 */
	{  1989, TU, 52878 }, /* tr-rsrb-p3 */
	{  1990, TU, 49633 }, /* stun-p1 */
	{  1991, TU, 49641 }, /* stun-p2 */
	{  1992, TU, 49649 }, /* stun-p3 */
	{  1993, TU, 47934 }, /* snmp-tcp-port */
	{  1994, TU, 49657 }, /* stun-port */
	{  1995, TU, 39279 }, /* perf-port */
	{  1996, TU, 52889 }, /* tr-rsrb-port */
	{  1997, TU, 19558 }, /* gdp-port */
	{  1998, TU, 57534 }, /* x25-svc-port */
	{  1999, TU, 51677 }, /* tcp-id-port */
	{  2000, TU,  9254 }, /* cisco-sccp */
	{  2001, T ,  8508 }, /* dc */
	{  2001, U , 57004 }, /* wizard */
	{  2002, TU, 19895 }, /* globe */
	{  2003, TU,  7045 }, /* brutus */
	{  2004, T , 28808 }, /* mailbox */
	{  2004, U , 16046 }, /* emce */
	{  2005, T ,  5837 }, /* berknet */
	{  2005, U , 37559 }, /* oracle */
	{  2006, T , 24557 }, /* invokator */
	{  2006, U , 42476 }, /* raid-cd */
	{  2007, T , 12995 }, /* dectalk */
	{  2007, U , 42460 }, /* raid-am */
	{  2008, T , 24087 }, /* conf */
	{  2008, U , 52022 }, /* terminaldb */
	{  2009, T , 51158 }, /* news */
	{  2009, U , 56766 }, /* whosockami */
	{  2010, T , 34665 }, /* search */
	{  2010, U , 39620 }, /* pipe-server */
	{  2011, T , 42468 }, /* raid-cc */
	{  2011, U , 46237 }, /* servserv */
	{  2012, T , 53498 }, /* ttyinfo */
	{  2012, U , 42452 }, /* raid-ac */
	{  2013, T , 42460 }, /* raid-am */
	{  2013, U , 42476 }, /* raid-cd */
	{  2014, T , 53236 }, /* troff */
	{  2014, U , 42492 }, /* raid-sf */
	{  2015, T , 11962 }, /* cypress */
	{  2015, U , 42484 }, /* raid-cs */
	{  2016, TU,  6780 }, /* bootserver */
	{  2017, T , 11970 }, /* cypress-stat */
	{  2017, U ,  6755 }, /* bootclient */
	{  2018, T , 52022 }, /* terminaldb */
	{  2018, U , 43130 }, /* rellpack */
	{  2019, T , 56766 }, /* whosockami */
	{  2019, U ,   853 }, /* about */
	{  2020, TU, 57785 }, /* xinupageserver */
	{  2021, T , 46177 }, /* servexec */
	{  2021, U , 57725 }, /* xinuexpansion1 */
	{  2022, T , 14430 }, /* down */
	{  2022, U , 57740 }, /* xinuexpansion2 */
	{  2023, TU, 57755 }, /* xinuexpansion3 */
	{  2024, TU, 57770 }, /* xinuexpansion4 */
	{  2025, T , 43131 }, /* ellpack */
	{  2025, U , 58129 }, /* xribs */
	{  2026, TU, 45278 }, /* scrabble */
	{  2027, TU, 46473 }, /* shadowserver */
	{  2028, TU, 49714 }, /* submitserver */
	{  2029, TU, 21878 }, /* hsrpv6 */
	{  2030, TU, 13216 }, /* device2 */
	{  2031, TU, 30775 }, /* mobrien-chat */
	{  2032, TU,  6228 }, /* blackboard */
	{  2033, TU, 19925 }, /* glogger */
	{  2034, TU, 45215 }, /* scoremgr */
	{  2035, TU, 23605 }, /* imsldoc */
	{  2036, TU, 15265 }, /* e-dpnet */
	{  2037, TU,  3450 }, /* applus */
	{  2038, TU, 36099 }, /* objectmanager */
	{  2039, TU, 40739 }, /* prizma */
	{  2040, TU, 27237 }, /* lam */
	{  2041, TU, 47378 }, /* interbase */
	{  2042, TU, 25181 }, /* isis */
	{  2043, TU, 25204 }, /* isis-bcast */
	{  2044, TU, 43561 }, /* rimsl */
	{  2045, TU,  8521 }, /* cdfunc */
	{  2046, TU, 45449 }, /* sdfunc */
	{  2047, TU, 13990 }, /* dls */
	{  2048, TU, 14002 }, /* dls-monitor */
	{  2049, TU, 16253 }, /* nfs */
	{  2050, TU,  5069 }, /* av-emb-config */
	{  2051, TU, 16523 }, /* epnsdp */
	{  2052, TU,  9521 }, /* clearvisn */
	{  2053, TU, 28303 }, /* lot105-ds-upd */
	{  2054, TU, 56519 }, /* weblogin */
	{  2055, TU, 19820 }, /* iop */
	{  2056, TU, 36641 }, /* omnisky */
	{  2057, TU, 43505 }, /* rich-cp */
	{  2058, TU, 34658 }, /* newwavesearch */
	{  2059, TU,  6442 }, /* bmc-messaging */
	{  2060, TU, 51877 }, /* teleniumdaemon */
	{  2061, TU, 33681 }, /* netmount */
	{  2062, TU, 22704 }, /* icg-swp */
	{  2063, TU, 22681 }, /* icg-bridge */
	{  2064, TU, 22692 }, /* icg-iprelay */
	{  2065, TU, 14021 }, /* dlsrpn */
	{  2066, TU,  4873 }, /* aura */
	{  2067, TU, 14028 }, /* dlswpn */
	{  2068, TU,  5119 }, /* avauthsrvprtcl */
	{  2069, TU, 17081 }, /* event-port */
	{  2070, TU,  1899 }, /* ah-esp-encap */
	{  2071, TU,  1191 }, /* acp-port */
	{  2072, TU, 31794 }, /* msync */
	{  2073, TU, 20541 }, /* gxs-data-port */
	{  2074, TU, 55653 }, /* vrtl-vmf-sa */
	{  2075, TU, 34628 }, /* newlixengine */
	{  2076, TU, 34615 }, /* newlixconfig */
	{  2077, TU, 53348 }, /* tsrmagt */
	{  2078, TU, 52826 }, /* tpcsrvr */
	{  2079, TU, 23204 }, /* idware-router */
	{  2080, TU,  5012 }, /* autodesk-nlm */
	{  2081, TU, 26856 }, /* kme-trap-port */
	{  2082, TU, 23903 }, /* infowave */
	{  2083, TU, 42404 }, /* radsec */
	{  2084, TU, 50058 }, /* sunclustergeo */
	{  2085, TU,  1327 }, /* ada-cip */
	{  2086, TU, 19968 }, /* gnunet */
	{  2087, TU, 15810 }, /* eli */
	{  2088, TU, 24627 }, /* ip-blf */
	{  2089, TU, 45977 }, /* sep */
	{  2090, TU, 16248 }, /* lrp */
	{  2091, TU, 41159 }, /* prp */
	{  2092, TU, 13167 }, /* descent3 */
	{  2093, TU, 32616 }, /* nbx-cc */
	{  2094, TU, 32609 }, /* nbx-au */
	{  2095, TU, 32631 }, /* nbx-ser */
	{  2096, TU, 32623 }, /* nbx-dir */
	{  2097, TU, 26174 }, /* jetformpreview */
	{  2098, TU, 13454 }, /* dialog-port */
	{  2099, TU, 20563 }, /* h2250-annex-g */
	{  2100, TU,  2474 }, /* amiganetfs */
	{  2101, TU, 44276 }, /* rtcm-sc104 */
	{  2102, TU, 58471 }, /* zephyr-srv */
	{  2103, TU, 58450 }, /* zephyr-clt */
	{  2104, TU, 58461 }, /* zephyr-hm */
	{  2105, TU, 30434 }, /* minipay */
	{  2106, TU, 32249 }, /* mzap */
	{  2107, TU,  6111 }, /* bintec-admin */
	{  2108, TU, 10091 }, /* comcam */
	{  2109, TU, 16658 }, /* ergolight */
	{  2110, TU, 53968 }, /* umsp */
	{  2111, TU, 14673 }, /* dsatp */
	{  2112, TU, 23150 }, /* idonix-metanet */
	{  2113, TU, 21863 }, /* hsl-storm */
	{  2114, TU,  3899 }, /* ariascribe */
	{  2115, TU, 26668 }, /* kdm */
	{  2116, TU,  8402 }, /* ccowcmr */
	{  2117, TU, 29808 }, /* mentaclient */
	{  2118, TU, 29820 }, /* mentaserver */
	{  2119, TU, 20323 }, /* gsigatekeeper */
	{  2120, TU, 41741 }, /* qencp */
	{  2121, TU, 45060 }, /* scientia-ssdb */
	{  2122, TU,  8277 }, /* caupc-remote */
	{  2123, TU, 20413 }, /* gtp-control */
	{  2124, TU, 15757 }, /* elatelink */
	{  2125, TU, 28125 }, /* lockstep */
	{  2126, TU, 39786 }, /* pktcable-cops */
	{  2127, TU, 23679 }, /* index-pc-wb */
	{  2128, TU, 33054 }, /* net-steward */
	{  2129, TU, 11239 }, /* cs-live */
	{  2130, TU, 57663 }, /* xds */
	{  2131, TU,  5096 }, /* avantageb2b */
	{  2132, TU, 48290 }, /* solera-epmap */
	{  2133, TU, 58577 }, /* zymed-zpp */
	{  2134, TU,  5141 }, /* avenue */
	{  2135, TU, 20231 }, /* gris */
	{  2136, TU,  3535 }, /* appworxsrv */
	{  2137, TU, 32096 }, /* connect */
	{  2138, TU, 53973 }, /* unbind-cluster */
	{  2139, TU, 22204 }, /* ias-auth */
	{  2140, TU, 22237 }, /* ias-reg */
	{  2141, TU, 22193 }, /* ias-admind */
	{  2142, TU, 51766 }, /* tdmoip */
	{  2143, TU, 28545 }, /* lv-jc */
	{  2144, TU, 28524 }, /* lv-ffx */
	{  2145, TU, 28558 }, /* lv-pici */
	{  2146, TU, 28551 }, /* lv-not */
	{  2147, TU, 28516 }, /* lv-auth */
	{  2148, TU, 54831 }, /* veritas-ucl */
	{  2149, TU,  1216 }, /* acptsys */
	{  2150, TU, 15178 }, /* dynamic3d */
	{  2151, TU, 14198 }, /* docent */
	{  2152, TU, 20425 }, /* gtp-user */
	{  2153, TU, 11662 }, /* ctlptc */
	{  2154, TU, 49406 }, /* stdptc */
	{  2155, TU,  6949 }, /* brdptc */
	{  2156, TU, 53242 }, /* trp */
	{  2157, TU, 57964 }, /* xnds */
	{  2158, TU, 52813 }, /* touchnetplus */
	{  2159, TU, 19536 }, /* gdbremote */
	{  2160, TU,  2984 }, /* apc-2160 */
	{  2161, TU,  2993 }, /* apc-2161 */
	{  2162, TU, 32550 }, /* navisphere */
	{  2163, TU, 32561 }, /* navisphere-sec */
	{  2164, TU, 12859 }, /* ddns-v3 */
	{  2165, TU, 57508 }, /* x-bone-api */
	{  2166, TU, 25769 }, /* iwserver */
	{  2167, TU, 42684 }, /* raw-serial */
	{  2168, TU, 15312 }, /* easy-soft-mux */
	{  2169, TU,  6911 }, /* brain */
	{  2170, TU, 17338 }, /* eyetv */
	{  2171, TU, 31612 }, /* msfw-storage */
	{  2172, TU, 31597 }, /* msfw-s-storage */
	{  2173, TU, 31584 }, /* msfw-replica */
	{  2174, TU, 31560 }, /* msfw-array */
	{  2175, TU,  2049 }, /* airsync */
	{  2176, TU,  8798 }, /* rapi */
	{  2177, TU, 42254 }, /* qwave */
	{  2178, TU,  6212 }, /* bitspeer */
	{  2179, TU, 55314 }, /* vmrdp */
	{  2180, TU, 29199 }, /* mc-gt-srv */
	{  2181, TU, 15618 }, /* eforward */
	{  2182, TU,  8819 }, /* cgn-stat */
	{  2183, TU,  8808 }, /* cgn-config */
	{  2184, TU, 35998 }, /* nvd */
	{  2185, TU, 36745 }, /* onbase-dds */
	{  2186, TU, 20388 }, /* gtaua */
	{  2187, T , 38246 }, /* ssmc */
	{  2187, U , 49083 }, /* ssmd */
	{  2188, T , 42411 }, /* radware-rpm */
	{  2189, T , 42423 }, /* radware-rpm-s */
	{  2190, TU, 52397 }, /* tivoconnect */
	{  2191, TU, 53603 }, /* tvbus */
	{  2192, TU,  4241 }, /* asdis */
	{  2193, TU, 14614 }, /* drwcs */
	{  2197, TU, 30686 }, /* mnp-exchange */
	{  2198, TU, 36769 }, /* onehome-remote */
	{  2199, TU, 36756 }, /* onehome-help */
	{  2201, TU, 56674 }, /* ats */
	{  2202, TU, 23618 }, /* imtc-map */
	{  2203, TU,  5437 }, /* b2-runtime */
	{  2204, TU,  5426 }, /* b2-license */
	{  2205, TU, 18498 }, /* jps */
	{  2206, TU, 21645 }, /* hpocbus */
	{  2207, TU, 21714 }, /* hpssd */
	{  2208, TU, 21639 }, /* hpiod */
	{  2209, TU, 43553 }, /* rimf-ps */
	{  2210, TU, 35263 }, /* noaaport */
	{  2211, TU, 16215 }, /* emwin */
	{  2212, TU, 27599 }, /* leecoposserver */
	{  2213, TU, 26603 }, /* kali */
	{  2214, TU, 43937 }, /* rpi */
	{  2215, TU, 24672 }, /* ipcore */
	{  2216, TU, 55920 }, /* vtu-comms */
	{  2217, TU, 20069 }, /* gotodevice */
	{  2218, TU,  6819 }, /* bounzza */
	{  2219, TU, 33584 }, /* netiq-ncap */
	{  2220, TU, 33542 }, /* netiq */
	{  2221, TU, 16998 }, /* ethernet-ip-s */
	{  2222, TU,   387 }, /* EtherNet-IP-1 */
	{  2223, TU, 43832 }, /* rockwell-csp2 */
	{  2224, TU, 15597 }, /* efi-mg */
	{  2225, T , 42800 }, /* rcip-itu */
	{  2226, TU, 13404 }, /* di-drm */
	{  2227, TU, 13411 }, /* di-msg */
	{  2228, TU, 15647 }, /* ehome-ms */
	{  2229, TU, 12312 }, /* datalens */
	{  2230, TU, 42203 }, /* queueadm */
	{  2231, TU, 56821 }, /* wimaxasncp */
	{  2232, TU, 25707 }, /* ivs-video */
	{  2233, TU, 23815 }, /* infocrypt */
	{  2234, TU, 13709 }, /* directplay */
	{  2235, TU, 46004 }, /* sercomm-wlink */
	{  2236, TU, 32381 }, /* nani */
	{  2237, TU, 37418 }, /* optech-port1-lm */
	{  2238, TU,  5206 }, /* aviva-sna */
	{  2239, TU, 23443 }, /* imagequery */
	{  2240, TU, 42987 }, /* recipe */
	{  2241, TU, 25717 }, /* ivsd */
	{  2242, TU, 18744 }, /* foliocorp */
	{  2243, TU, 28793 }, /* magicom */
	{  2244, TU, 35233 }, /* nmsserver */
	{  2245, TU, 20815 }, /* hao */
	{  2246, TU, 38785 }, /* pc-mta-addrmap */
	{  2247, TU,  2892 }, /* antidotemgrsvr */
	{  2248, TU, 53964 }, /* ums */
	{  2249, TU, 43467 }, /* rfmp */
	{  2250, TU, 43189 }, /* remote-collab */
	{  2251, TU, 13594 }, /* dif-port */
	{  2252, TU, 35048 }, /* njenet-ssl */
	{  2253, TU, 14970 }, /* dtv-chan-req */
	{  2254, TU, 45793 }, /* seispoc */
	{  2255, TU, 55665 }, /* vrtp */
	{  2256, TU, 38860 }, /* pcc-mfp */
	{  2257, TU, 47048 }, /* simple-tx-rx */
	{  2258, TU, 42814 }, /* rcts */
	{  2259, TU,  6025 }, /* bid-serv */
	{  2260, TU,  3002 }, /* apc-2260 */
	{  2261, TU, 10215 }, /* comotionmaster */
	{  2262, TU, 10202 }, /* comotionback */
	{  2263, TU, 15417 }, /* ecwcfg */
	{  2264, TU,  3705 }, /* apx500api-1 */
	{  2265, TU,  3717 }, /* apx500api-2 */
	{  2266, TU, 30077 }, /* mfserver */
	{  2267, TU, 36832 }, /* ontobroker */
	{  2268, TU,  2566 }, /* amt */
	{  2269, TU, 30335 }, /* mikey */
	{  2270, TU, 49298 }, /* starschool */
	{  2271, TU, 30630 }, /* mmcals */
	{  2272, TU, 30624 }, /* mmcal */
	{  2273, TU, 32221 }, /* mysql-im */
	{  2274, TU, 39063 }, /* pcttunnell */
	{  2275, TU, 22547 }, /* ibridge-data */
	{  2276, TU, 22560 }, /* ibridge-mgmt */
	{  2277, TU,  6331 }, /* bluectrlproxy */
	{  2278, TU, 44518 }, /* s3db */
	{  2279, TU, 57951 }, /* xmquery */
	{  2280, TU, 28075 }, /* lnvpoller */
	{  2281, TU, 28045 }, /* lnvconsole */
	{  2282, TU, 28036 }, /* lnvalarm */
	{  2283, TU, 28085 }, /* lnvstatus */
	{  2284, TU, 28067 }, /* lnvmaps */
	{  2285, TU, 28056 }, /* lnvmailmon */
	{  2286, TU, 32386 }, /* nas-metering */
	{  2287, TU, 13194 }, /* dna */
	{  2288, TU, 33650 }, /* netml */
	{  2289, TU, 13582 }, /* dict-lookup */
	{  2290, TU, 48371 }, /* sonus-logging */
	{  2291, TU, 15301 }, /* eapsp */
	{  2292, TU, 30184 }, /* mib-streaming */
	{  2293, TU, 35571 }, /* npdbgmngr */
	{  2294, TU, 26905 }, /* konshus-lm */
	{  2295, TU,  1501 }, /* advant-lm */
	{  2296, TU, 52112 }, /* theta-lm */
	{  2297, TU, 12104 }, /* d2k-datamover1 */
	{  2298, TU, 12119 }, /* d2k-datamover2 */
	{  2299, TU, 38800 }, /* pc-telecommute */
	{  2300, TU, 11821 }, /* cvmmon */
	{  2301, TU, 10886 }, /* cpq-wbem */
	{  2302, TU,  6081 }, /* binderysupport */
	{  2303, TU, 41145 }, /* proxy-gateway */
	{  2304, TU,  4795 }, /* attachmate-uts */
	{  2305, TU, 31800 }, /* mt-scaleserver */
	{  2306, TU, 51444 }, /* tappi-boxnet */
	{  2307, TU, 39237 }, /* pehelp */
	{  2308, TU, 45456 }, /* sdhelp */
	{  2309, TU, 45562 }, /* sdserver */
	{  2310, TU, 45426 }, /* sdclient */
	{  2311, TU, 29891 }, /* messageservice */
	{  2312, TU, 56102 }, /* wanscaler */
	{  2313, TU,   293 }, /* iapp */
	{  2314, TU, 10970 }, /* cr-websystems */
	{  2315, TU, 40497 }, /* precise-sft */
	{  2316, TU, 15899 }, /* sent-lm */
	{  2317, TU,  4765 }, /* attachmate-g32 */
	{  2318, TU,  7535 }, /* cadencecontrol */
	{  2319, TU, 23834 }, /* infolibria */
	{  2320, TU, 46745 }, /* siebel-ns */
	{  2321, TU, 42852 }, /* rdlap */
	{  2322, TU, 36394 }, /* ofsd */
	{  2323, TU,   121 }, /* 3d-nfsd */
	{  2324, TU, 10738 }, /* cosmocall */
	{  2325, TU,  2862 }, /* ansysli */
	{  2326, TU, 23059 }, /* idcp */
	{  2327, TU, 57708 }, /* xingcsm */
	{  2328, TU, 33927 }, /* netrix-sftm */
	{  2329, TU, 35998 }, /* nvd */
	{  2330, TU, 53317 }, /* tscchat */
	{  2331, TU,  1828 }, /* agentview */
	{  2332, TU, 42791 }, /* rcc-host */
	{  2333, TU, 47854 }, /* snapp */
	{  2334, TU,  1052 }, /* ace-client */
	{  2335, TU,  1063 }, /* ace-proxy */
	{  2336, TU,  3414 }, /* appleugcontrol */
	{  2337, TU, 23093 }, /* ideesrv */
	{  2338, TU, 35372 }, /* norton-lambert */
	{  2339, TU,    86 }, /* 3com-webview */
	{  2340, TU, 57207 }, /* wrs-registry */
	{  2341, TU, 57800 }, /* xiostatus */
	{  2342, TU, 28873 }, /* manage-exec */
	{  2343, TU, 32435 }, /* nati-logos */
	{  2344, TU, 17696 }, /* fcmsys */
	{  2345, TU,  6874 }, /* dbm */
	{  2346, TU, 43079 }, /* redstorm-join */
	{  2347, TU, 43051 }, /* redstorm-find */
	{  2348, TU, 43065 }, /* redstorm-info */
	{  2349, TU, 43037 }, /* redstorm-diag */
	{  2350, TU, 41176 }, /* psbserver */
	{  2351, TU, 41299 }, /* psrserver */
	{  2352, TU, 41253 }, /* pslserver */
	{  2353, TU, 41281 }, /* pspserver */
	{  2354, TU, 41270 }, /* psprserver */
	{  2355, TU, 41210 }, /* psdbserver */
	{  2356, TU, 20555 }, /* gxtelmd */
	{  2357, TU, 54096 }, /* unihub-server */
	{  2358, TU, 19184 }, /* futrix */
	{  2359, TU, 18651 }, /* flukeserver */
	{  2360, TU, 34700 }, /* nexstorindltd */
	{  2361, TU, 52441 }, /* tl1 */
	{  2362, TU, 13618 }, /* digiman */
	{  2363, TU, 29619 }, /* mediacntrlnfsd */
	{  2364, TU, 36445 }, /* oi-2000 */
	{  2365, TU, 12585 }, /* dbref */
	{  2366, TU, 41795 }, /* qip-login */
	{  2367, TU, 46186 }, /* service-ctrl */
	{  2368, TU, 37146 }, /* opentable */
	{  2369, TU,  6034 }, /* bif-p2p */
	{  2370, TU, 27179 }, /* l3-hbmon */
	{  2371, T , 42819 }, /* rda */
	{  2372, TU, 27265 }, /* lanmessenger */
	{  2373, T , 43167 }, /* remographlm */
	{  2374, T , 22020 }, /* hydra */
	{  2375, T , 14228 }, /* docker */
	{  2376, T , 14235 }, /* docker-s */
	{  2377, T , 50371 }, /* swarm */
	{  2378, U , 12204 }, /* dali */
	{  2379, T , 16951 }, /* etcd-client */
	{  2380, T , 16963 }, /* etcd-server */
	{  2381, TU, 10241 }, /* compaq-https */
	{  2382, TU, 31309 }, /* ms-olap3 */
	{  2383, TU, 31318 }, /* ms-olap4 */
	{  2384, T , 45406 }, /* sd-request */
	{  2384, U , 45378 }, /* sd-capacity */
	{  2385, TU, 45390 }, /* sd-data */
	{  2386, TU, 55130 }, /* virtualtape */
	{  2387, TU, 55782 }, /* vsamredirector */
	{  2388, TU, 32151 }, /* mynahautostart */
	{  2389, TU, 38094 }, /* ovsessionmgr */
	{  2390, TU, 44104 }, /* rsmtp */
	{  2391, TU,    35 }, /* 3com-net-mgmt */
	{  2392, TU, 51163 }, /* tacticalauth */
	{  2393, TU, 31291 }, /* ms-olap1 */
	{  2394, TU, 31300 }, /* ms-olap2 */
	{  2395, TU, 27241 }, /* lan900-remote */
	{  2396, TU, 57409 }, /* wusage */
	{  2397, TU, 30953 }, /* ncl */
	{  2398, TU, 37684 }, /* orbiter */
	{  2399, TU, 18663 }, /* fmpro-fdal */
	{  2400, TU, 37213 }, /* opequus-server */
	{  2401, TU, 11834 }, /* cvspserver */
	{  2402, TU, 51559 }, /* taskmaster2000 */
	{  2403, TU, 51559 }, /* taskmaster2000 */
	{  2404, TU, 23223 }, /* iec-104 */
	{  2405, TU, 53001 }, /* trc-netpoll */
	{  2406, TU, 26020 }, /* jediserver */
	{  2407, TU, 50341 }, /* orion */
	{  2408, T , 42500 }, /* railgun-webaccl */
	{  2409, TU, 48087 }, /* sns-protocol */
	{  2410, TU, 55713 }, /* vrts-registry */
	{  2411, TU, 34452 }, /* netwave-ap-mgmt */
	{  2412, TU,  8544 }, /* cdn */
	{  2413, TU, 37820 }, /* orion-rmi-reg */
	{  2414, TU,  5809 }, /* beeyond */
	{  2415, TU,  9933 }, /* codima-rtp */
	{  2416, TU, 43738 }, /* rmtserver */
	{  2417, TU, 10276 }, /* composit-server */
	{  2418, TU,  3861 }, /* cas */
	{  2419, TU,  4780 }, /* attachmate-s2s */
	{  2420, TU, 14694 }, /* dslremote-mgmt */
	{  2421, TU, 19231 }, /* g-talk */
	{  2422, TU, 11114 }, /* crmsbits */
	{  2423, TU, 43763 }, /* rnrp */
	{  2424, TU, 26895 }, /* kofax-svr */
	{  2425, TU, 18474 }, /* fjitsuappmgr */
	{  2426, TU, 54661 }, /* vcmp */
	{  2427, TU, 30106 }, /* mgcp-gateway */
	{  2428, TU, 37952 }, /* ott */
	{  2429, TU, 18992 }, /* ft-role */
	{  2430, TU, 54761 }, /* venus */
	{  2431, TU, 54767 }, /* venus-se */
	{  2432, TU,  9888 }, /* codasrv */
	{  2433, TU,  9896 }, /* codasrv-se */
	{  2434, TU, 41566 }, /* pxc-epmap */
	{  2435, TU, 37448 }, /* optilogic */
	{  2436, TU, 52808 }, /* topx */
	{  2437, TU, 54011 }, /* unicontrol */
	{  2438, TU, 23614 }, /* msp */
	{  2439, TU, 50603 }, /* sybasedbsynch */
	{  2440, TU, 48559 }, /* spearway */
	{  2441, TU, 41478 }, /* pvsw-inet */
	{  2442, TU, 33106 }, /* netangel */
	{  2443, TU, 40230 }, /* powerclientcsf */
	{  2444, TU,  7123 }, /* btpp2sectrans */
	{  2445, TU, 14919 }, /* dtn1 */
	{  2446, TU,  7188 }, /* bues-service */
	{  2447, TU, 38115 }, /* ovwdb */
	{  2448, TU, 21682 }, /* hpppssvr */
	{  2449, TU, 42634 }, /* ratl */
	{  2450, TU, 33088 }, /* netadmin */
	{  2451, TU, 33344 }, /* netchat */
	{  2452, TU, 47883 }, /* snifferclient */
	{  2453, TU, 28722 }, /* madge-ltd */
	{  2454, TU, 23741 }, /* indx-dds */
	{  2455, TU, 56074 }, /* wago-io-system */
	{  2456, TU,  2282 }, /* altav-remmgt */
	{  2457, TU, 42596 }, /* rapido-ip */
	{  2458, TU, 20223 }, /* griffin */
	{  2459, TU, 58153 }, /* xrpl */
	{  2460, TU, 31454 }, /* ms-theater */
	{  2461, TU, 41688 }, /* qadmifoper */
	{  2462, TU, 41676 }, /* qadmifevent */
	{  2463, TU, 28420 }, /* lsi-raid-mgmt */
	{  2464, TU, 13674 }, /* direcpc-si */
	{  2465, TU, 27492 }, /* lbm */
	{  2466, TU, 27488 }, /* lbf */
	{  2467, TU, 21114 }, /* high-criteria */
	{  2468, TU, 41805 }, /* qip-msgd */
	{  2469, TU, 31840 }, /* mti-tcs-comm */
	{  2470, TU, 51546 }, /* taskman-port */
	{  2471, TU, 45615 }, /* seaodbc */
	{  2472, TU,  7390 }, /* c3 */
	{  2473, TU,  2085 }, /* aker-cdp */
	{  2474, TU, 55256 }, /* vitalanalysis */
	{  2475, TU,  1073 }, /* ace-server */
	{  2476, TU,  1084 }, /* ace-svr-prop */
	{  2477, TU, 49067 }, /* ssm-cvs */
	{  2478, TU, 49057 }, /* ssm-cssps */
	{  2479, TU, 49075 }, /* ssm-els */
	{  2480, TU, 40245 }, /* powerexchange */
	{  2481, TU, 19819 }, /* giop */
	{  2482, TU, 19824 }, /* giop-ssl */
	{  2483, TU, 53372 }, /* ttc */
	{  2484, TU, 53409 }, /* ttc-ssl */
	{  2485, TU, 33730 }, /* netobjects1 */
	{  2486, TU, 33742 }, /* netobjects2 */
	{  2487, TU, 40119 }, /* pns */
	{  2488, TU, 30928 }, /* moy-corp */
	{  2489, TU, 53342 }, /* tsilb */
	{  2490, TU, 41814 }, /* qip-qdhcp */
	{  2491, TU, 10333 }, /* conclave-cpp */
	{  2492, TU, 20236 }, /* groove */
	{  2493, TU, 51302 }, /* talarian-mqs */
	{  2494, TU,  6372 }, /* bmc-ar */
	{  2495, TU, 17531 }, /* fast-rem-serv */
	{  2496, TU, 13811 }, /* dirgis */
	{  2497, TU, 42061 }, /* quaddb */
	{  2498, TU, 36289 }, /* odn-castraq */
	{  2499, TU, 54011 }, /* unicontrol */
	{  2500, TU, 44415 }, /* rtsserv */
	{  2501, TU, 44385 }, /* rtsclient */
	{  2502, TU, 26678 }, /* kentrox-prot */
	{  2503, TU, 35189 }, /* nms-dpnss */
	{  2504, TU, 57036 }, /* wlbs */
	{  2505, TU, 40350 }, /* ppcontrol */
	{  2506, TU, 25968 }, /* jbroker */
	{  2507, TU, 48710 }, /* spock */
	{  2508, TU, 25976 }, /* jdatastore */
	{  2509, TU, 18502 }, /* fjmpss */
	{  2510, TU, 18315 }, /* fjappmgrbulk */
	{  2511, TU, 30008 }, /* metastorm */
	{  2512, TU,  9375 }, /* citrixima */
	{  2513, TU,  9363 }, /* citrixadmin */
	{  2514, TU, 17463 }, /* facsys-ntp */
	{  2515, TU, 17474 }, /* facsys-router */
	{  2516, TU, 28842 }, /* maincontrol */
	{  2517, TU,  7741 }, /* call-sig-trans */
	{  2518, TU, 56815 }, /* willy */
	{  2519, TU, 19914 }, /* globmsgsvc */
	{  2520, TU, 41473 }, /* pvsw */
	{  2521, TU,  1350 }, /* adaptecmgr */
	{  2522, TU, 56844 }, /* windb */
	{  2523, TU, 41824 }, /* qke-llc-v3 */
	{  2524, TU, 37470 }, /* optiwave-lm */
	{  2525, TU, 31465 }, /* ms-v-worlds */
	{  2526, TU, 15895 }, /* ema-sent-lm */
	{  2527, TU, 24901 }, /* iqserver */
	{  2528, TU, 32742 }, /* ncr-ccl */
	{  2529, TU, 54449 }, /* utsftp */
	{  2530, TU, 55608 }, /* vrcommerce */
	{  2531, TU, 25591 }, /* ito-e-gui */
	{  2532, TU, 38107 }, /* ovtopmd */
	{  2533, TU, 47909 }, /* snifferserver */
	{  2534, TU, 10076 }, /* combox-web-acc */
	{  2535, TU, 28715 }, /* madcap */
	{  2536, TU,  7110 }, /* btpp2audctr1 */
	{  2537, TU, 13881 }, /* upgrade */
	{  2538, TU, 55370 }, /* vnwk-prapi */
	{  2539, TU, 55838 }, /* vsiadmin */
	{  2540, TU, 28221 }, /* lonworks */
	{  2541, TU, 28230 }, /* lonworks2 */
	{  2542, TU, 53847 }, /* udrawgraph */
	{  2543, TU, 43106 }, /* reftek */
	{  2544, TU, 35549 }, /* novell-zen */
	{  2545, TU, 47104 }, /* sis-emt */
	{  2546, TU, 56000 }, /* vytalvaultbrtp */
	{  2547, TU, 56030 }, /* vytalvaultvsmp */
	{  2548, TU, 56015 }, /* vytalvaultpipe */
	{  2549, TU, 24655 }, /* ipass */
	{  2550, TU,  1565 }, /* ads */
	{  2551, TU, 25151 }, /* isg-uda-server */
	{  2552, TU,  7728 }, /* call-logging */
	{  2553, TU, 15604 }, /* efidiningport */
	{  2554, TU, 54666 }, /* vcnet-link-v10 */
	{  2555, TU, 10265 }, /* compaq-wcp */
	{  2556, TU, 34831 }, /* nicetec-nmsvc */
	{  2557, TU, 34818 }, /* nicetec-mgmt */
	{  2558, TU, 38912 }, /* pclemultimedia */
	{  2559, TU, 28457 }, /* lstp */
	{  2560, TU, 27222 }, /* labrat */
	{  2561, TU, 30891 }, /* mosaixcc */
	{  2562, TU, 13026 }, /* delibo */
	{  2563, TU, 11622 }, /* cti-redwood */
	{  2564, TU, 21375 }, /* hp-3000-telnet */
	{  2565, TU, 10592 }, /* coord-svr */
	{  2566, TU, 39007 }, /* pcs-pcw */
	{  2567, TU,  9677 }, /* clp */
	{  2568, TU, 48499 }, /* spamtrap */
	{  2569, TU, 48385 }, /* sonuscallsig */
	{  2570, TU, 21855 }, /* hs-port */
	{  2571, TU,  8552 }, /* cecsvc */
	{  2572, TU, 43482 }, /* ibp */
	{  2573, TU, 53284 }, /* trustestablish */
	{  2574, TU,  6272 }, /* blockade-bpsp */
	{  2575, TU, 21210 }, /* hl7 */
	{  2576, TU, 51621 }, /* tclprodebugger */
	{  2577, TU, 45091 }, /* scipticslsrvr */
	{  2578, TU, 44456 }, /* rvs-isdn-dcp */
	{  2579, TU, 30949 }, /* mpfoncl */
	{  2580, TU, 53054 }, /* tributary */
	{  2581, TU,  3885 }, /* argis-te */
	{  2582, TU,  3876 }, /* argis-ds */
	{  2583, TU, 29774 }, /* mon */
	{  2584, TU, 11861 }, /* cyaserv */
	{  2585, TU, 34520 }, /* netx-server */
	{  2586, TU, 34509 }, /* netx-agent */
	{  2587, TU, 29010 }, /* masc */
	{  2588, TU, 40721 }, /* privilege */
	{  2589, TU, 42094 }, /* quartus-tcl */
	{  2590, TU, 23165 }, /* idotdist */
	{  2591, TU, 29107 }, /* maytagshuffle */
	{  2592, TU, 33912 }, /* netrek */
	{  2593, TU, 30699 }, /* mns-mail */
	{  2594, TU, 14945 }, /* dts */
	{  2595, TU, 57125 }, /* worldfusion1 */
	{  2596, TU, 57138 }, /* worldfusion2 */
	{  2597, TU, 21314 }, /* homesteadglory */
	{  2598, TU,  9385 }, /* citriximaclient */
	{  2599, TU, 47837 }, /* snapd */
	{  2600, TU, 21729 }, /* hpstgmgr */
	{  2601, TU, 13850 }, /* discp-client */
	{  2602, TU, 13863 }, /* discp-server */
	{  2603, TU, 46199 }, /* servicemeter */
	{  2604, TU, 35699 }, /* nsc-ccs */
	{  2605, TU, 35707 }, /* nsc-posa */
	{  2606, TU, 24620 }, /* netmon */
	{  2607, TU, 10463 }, /* connection */
	{  2608, TU, 56062 }, /* wag-service */
	{  2609, TU, 51026 }, /* system-monitor */
	{  2610, TU, 54891 }, /* versa-tek */
	{  2611, TU, 27748 }, /* lionhead */
	{  2612, TU, 41909 }, /* qpasa-agent */
	{  2613, TU, 47711 }, /* smntubootstrap */
	{  2614, TU, 34569 }, /* neveroffline */
	{  2615, TU, 18250 }, /* firepower */
	{  2616, TU,  3521 }, /* appswitch-emp */
	{  2617, TU,  9725 }, /* cmadmin */
	{  2618, TU, 40643 }, /* priority-e-com */
	{  2619, TU,  7039 }, /* bruce */
	{  2620, TU, 28356 }, /* lpsrecommender */
	{  2621, TU, 30356 }, /* miles-apart */
	{  2622, TU, 30039 }, /* metricadbc */
	{  2623, TU, 28016 }, /* lmdp */
	{  2624, TU,  3894 }, /* aria */
	{  2625, TU,  6355 }, /* blwnkl-port */
	{  2626, TU, 19459 }, /* gbjd816 */
	{  2627, TU, 30900 }, /* moshebeeri */
	{  2628, TU, 13577 }, /* dict */
	{  2629, TU, 47133 }, /* sitaraserver */
	{  2630, TU, 47122 }, /* sitaramgmt */
	{  2631, TU, 47112 }, /* sitaradir */
	{  2632, TU, 24954 }, /* irdg-post */
	{  2633, TU, 24345 }, /* interintelli */
	{  2634, TU, 39712 }, /* pk-electronics */
	{  2635, TU,  5469 }, /* backburner */
	{  2636, TU, 48339 }, /* solve */
	{  2637, TU, 23471 }, /* imdocsvc */
	{  2638, TU, 50588 }, /* sybaseanywhere */
	{  2639, TU,  2485 }, /* aminet */
	{  2640, TU,  2433 }, /* ami-control */
	{  2641, TU, 20907 }, /* hdl-srv */
	{  2642, TU, 52902 }, /* tragic */
	{  2643, TU, 20394 }, /* gte-samp */
	{  2644, TU, 52986 }, /* travsoft-ipx-t */
	{  2645, TU, 35521 }, /* novell-ipx-cmd */
	{  2646, TU, 26138 }, /* and-lm */
	{  2647, TU, 50815 }, /* syncserver */
	{  2648, TU, 54321 }, /* upsnotifyprot */
	{  2649, TU, 55578 }, /* vpsipport */
	{  2650, TU, 16668 }, /* eristwoguns */
	{  2651, TU, 15341 }, /* ebinsite */
	{  2652, TU, 24370 }, /* interpathpanel */
	{  2653, TU, 48365 }, /* sonus */
	{  2654, TU, 10694 }, /* corel-vncadmin */
	{  2655, TU, 53996 }, /* unglue */
	{  2656, TU, 26608 }, /* kana */
	{  2657, TU, 48060 }, /* sns-dispatcher */
	{  2658, TU, 48027 }, /* sns-admin */
	{  2659, TU, 48100 }, /* sns-query */
	{  2660, TU, 19512 }, /* gcmonitor */
	{  2661, TU, 36493 }, /* olhost */
	{  2662, TU,  6124 }, /* bintec-capi */
	{  2663, TU,  6136 }, /* bintec-tapi */
	{  2664, TU, 38678 }, /* patrol-mq-gm */
	{  2665, TU, 38691 }, /* patrol-mq-nm */
	{  2666, TU, 17313 }, /* extensis */
	{  2667, TU,  2120 }, /* alarm-clock-s */
	{  2668, TU,  2106 }, /* alarm-clock-c */
	{  2669, TU, 52712 }, /* toad */
	{  2670, TU, 53624 }, /* tve-announce */
	{  2671, TU, 34641 }, /* newlixreg */
	{  2672, TU, 34785 }, /* nhserver */
	{  2673, TU, 18274 }, /* firstcall42 */
	{  2674, TU, 17173 }, /* ewnn */
	{  2675, TU, 53376 }, /* ttc-etap */
	{  2676, TU, 47090 }, /* simslink */
	{  2677, TU, 19253 }, /* gadgetgate1way */
	{  2678, TU, 19268 }, /* gadgetgate2way */
	{  2679, TU, 50826 }, /* syncserverssl */
	{  2680, TU, 41602 }, /* pxc-sapxom */
	{  2681, TU, 31075 }, /* mpnjsomb */
	{  2683, TU, 32674 }, /* ncdloadbalance */
	{  2684, TU, 31093 }, /* mpnjsosv */
	{  2685, TU, 31066 }, /* mpnjsocl */
	{  2686, TU, 31084 }, /* mpnjsomg */
	{  2687, TU, 40396 }, /* pq-lic-mgmt */
	{  2688, TU, 29434 }, /* md-cg-http */
	{  2689, TU, 17545 }, /* fastlynx */
	{  2690, TU, 21475 }, /* hp-nnm-data */
	{  2691, TU, 25540 }, /* itinternet */
	{  2692, TU,  1381 }, /* admins-lms */
	{  2694, TU, 41556 }, /* pwrsevent */
	{  2695, TU, 55878 }, /* vspread */
	{  2696, TU, 54085 }, /* unifyadmin */
	{  2697, TU, 36150 }, /* oce-snmp-trap */
	{  2698, TU, 29272 }, /* mck-ivpip */
	{  2699, TU, 11422 }, /* csoft-plusclnt */
	{  2700, TU, 52849 }, /* tqdata */
	{  2701, TU, 47759 }, /* sms-rcinfo */
	{  2702, TU, 47782 }, /* sms-xfer */
	{  2703, TU, 47750 }, /* sms-chat */
	{  2704, TU, 47770 }, /* sms-remctrl */
	{  2705, TU, 45544 }, /* sds-admin */
	{  2706, TU, 32689 }, /* ncdmirroring */
	{  2707, TU, 16071 }, /* emcsymapiport */
	{  2708, TU,  5590 }, /* banyan-net */
	{  2709, TU, 50200 }, /* supermon */
	{  2710, TU, 49106 }, /* sso-service */
	{  2711, TU, 49094 }, /* sso-control */
	{  2712, TU,  2917 }, /* aocp */
	{  2713, TU, 42666 }, /* raventbs */
	{  2714, TU, 42675 }, /* raventdm */
	{  2715, TU, 21738 }, /* hpstgmgr2 */
	{  2716, TU, 23993 }, /* inova-ip-disco */
	{  2717, TU, 40035 }, /* pn-requester */
	{  2718, TU, 40048 }, /* pn-requester2 */
	{  2719, TU, 44974 }, /* scan-change */
	{  2720, TU, 57011 }, /* wkars */
	{  2721, TU, 47552 }, /* smart-diagnose */
	{  2722, TU, 40820 }, /* proactivesrvr */
	{  2723, TU, 56326 }, /* watchdog-nt */
	{  2724, TU, 41903 }, /* qotps */
	{  2725, TU, 31738 }, /* msolap-ptp2 */
	{  2726, TU, 51421 }, /* tams */
	{  2727, TU, 30091 }, /* mgcp-callagent */
	{  2728, TU, 48849 }, /* sqdr */
	{  2729, TU, 51608 }, /* tcim-control */
	{  2730, TU, 32925 }, /* nec-raidplus */
	{  2731, TU, 19216 }, /* fyre-messanger */
	{  2732, TU, 19244 }, /* g5m */
	{  2733, TU, 46818 }, /* signet-ctf */
	{  2734, TU,  8410 }, /* ccs-software */
	{  2735, TU, 33575 }, /* netiq-mc */
	{  2736, TU, 42437 }, /* radwiz-nms-srv */
	{  2737, TU, 48912 }, /* srp-feedback */
	{  2738, TU, 32813 }, /* ndl-tcp-ois-gw */
	{  2739, TU, 52557 }, /* tn-timing */
	{  2740, TU, 48189 }, /* alarm */
	{  2741, TU, 53308 }, /* tsb */
	{  2742, TU, 53312 }, /* tsb2 */
	{  2743, TU, 32006 }, /* murx */
	{  2744, TU, 21329 }, /* honyaku */
	{  2745, TU, 54349 }, /* urbisnet */
	{  2746, TU, 10935 }, /* cpudpencap */
	{  2747, TU, 18460 }, /* fjippol-swrly */
	{  2748, TU, 18417 }, /* fjippol-polsvr */
	{  2749, TU, 18404 }, /* fjippol-cnsl */
	{  2750, TU, 18432 }, /* fjippol-port1 */
	{  2751, TU, 18446 }, /* fjippol-port2 */
	{  2752, TU, 44086 }, /* rsisysaccess */
	{  2753, TU, 12910 }, /* de-spot */
	{  2754, TU,  3230 }, /* apollo-cc */
	{  2755, TU, 17302 }, /* expresspay */
	{  2756, TU, 47061 }, /* simplement-tie */
	{  2757, TU,  9818 }, /* cnrp */
	{  2758, TU,  3276 }, /* apollo-status */
	{  2759, TU,  3252 }, /* apollo-gms */
	{  2760, TU, 44550 }, /* sabams */
	{  2761, TU, 13556 }, /* dicom-iscl */
	{  2762, TU, 13567 }, /* dicom-tls */
	{  2763, TU, 13186 }, /* desktop-dna */
	{  2764, TU, 12286 }, /* data-insurance */
	{  2765, TU, 41785 }, /* qip-audup */
	{  2766, TU, 10254 }, /* compaq-scp */
	{  2767, TU, 53750 }, /* uadtc */
	{  2768, TU, 53745 }, /* uacs */
	{  2769, TU, 17213 }, /* exce */
	{  2770, TU, 54882 }, /* veronica */
	{  2771, TU, 54785 }, /* vergencecm */
	{  2772, TU,  4892 }, /* auris */
	{  2773, TU, 42711 }, /* rbakcup1 */
	{  2774, TU, 42720 }, /* rbakcup2 */
	{  2775, TU, 49089 }, /* smpp */
	{  2776, TU, 43513 }, /* ridgeway1 */
	{  2777, TU, 43523 }, /* ridgeway2 */
	{  2778, TU, 20525 }, /* gwen-sonya */
	{  2779, TU, 27466 }, /* lbc-sync */
	{  2780, TU, 27442 }, /* lbc-control */
	{  2781, TU, 56757 }, /* whosells */
	{  2782, TU, 17092 }, /* everydayrc */
	{  2783, TU,  2065 }, /* aises */
	{  2784, TU, 57466 }, /* www-dev */
	{  2785, TU,  1932 }, /* aic-np */
	{  2786, TU,  1939 }, /* aic-oncrpc */
	{  2787, TU, 39537 }, /* piccolo */
	{  2788, TU, 18916 }, /* fryeserv */
	{  2789, TU, 29598 }, /* media-agent */
	{  2790, TU, 39893 }, /* plgproxy */
	{  2791, TU, 31872 }, /* mtport-regist */
	{  2792, TU, 17405 }, /* f5-globalsite */
	{  2793, TU, 23962 }, /* initlsmsad */
	{  2795, TU, 27860 }, /* livestats */
	{  2796, TU,   889 }, /* ac-tech */
	{  2797, TU,  1902 }, /* esp-encap */
	{  2798, TU, 52498 }, /* tmesis-upshot */
	{  2799, TU, 22957 }, /* icon-discover */
	{  2800, TU,   907 }, /* acc-raid */
	{  2801, TU, 23357 }, /* igcp */
	{  2802, T , 54818 }, /* veritas-tcp1 */
	{  2802, U , 54843 }, /* veritas-udp1 */
	{  2803, TU,  7137 }, /* btprjctrl */
	{  2804, TU, 15029 }, /* dvr-esm */
	{  2805, TU, 57374 }, /* wta-wsp-s */
	{  2806, TU, 11499 }, /* cspuni */
	{  2807, TU, 11490 }, /* cspmulti */
	{  2808, TU, 25787 }, /* j-lan-p */
	{  2809, TU, 10670 }, /* corbaloc */
	{  2810, TU, 34123 }, /* netsteward */
	{  2811, TU, 20316 }, /* gsiftp */
	{  2812, TU,  4717 }, /* atmtcp */
	{  2813, TU, 27899 }, /* llm-pass */
	{  2814, TU, 27891 }, /* llm-csv */
	{  2815, TU, 27454 }, /* lbc-measure */
	{  2816, TU, 27475 }, /* lbc-watchdog */
	{  2817, TU, 35218 }, /* nmsigport */
	{  2818, TU, 43680 }, /* rmlnk */
	{  2819, TU, 17649 }, /* fc-faultnotify */
	{  2820, TU, 54222 }, /* univision */
	{  2821, TU, 55670 }, /* vrts-at-port */
	{  2822, TU, 26596 }, /* ka0wuc */
	{  2823, TU, 10946 }, /* cqg-netlan */
	{  2824, TU, 10957 }, /* cqg-netlan-1 */
	{  2826, TU, 47326 }, /* slc-systemlog */
	{  2827, TU, 47311 }, /* slc-ctrlrloops */
	{  2828, TU, 25551 }, /* itm-lm */
	{  2829, TU, 46862 }, /* silkp1 */
	{  2830, TU, 46869 }, /* silkp2 */
	{  2831, TU, 46876 }, /* silkp3 */
	{  2832, TU, 46883 }, /* silkp4 */
	{  2833, TU, 19846 }, /* glishd */
	{  2834, TU, 17103 }, /* evtp */
	{  2835, TU, 17108 }, /* evtp-data */
	{  2836, TU,  8258 }, /* catalyst */
	{  2837, TU, 43272 }, /* repliweb */
	{  2838, TU, 49239 }, /* starbot */
	{  2839, TU, 35218 }, /* nmsigport */
	{  2840, TU, 27162 }, /* l3-exprt */
	{  2841, TU, 27188 }, /* l3-ranger */
	{  2842, TU, 27171 }, /* l3-hawk */
	{  2843, TU, 39129 }, /* pdnet */
	{  2844, TU,  6852 }, /* bpcp-poll */
	{  2845, TU,  6862 }, /* bpcp-trap */
	{  2846, TU,  1979 }, /* aimpp-hello */
	{  2847, TU,  1991 }, /* aimpp-port-req */
	{  2848, TU,  2570 }, /* amt-blc-port */
	{  2849, TU, 19205 }, /* fxp */
	{  2850, TU, 29932 }, /* metaconsole */
	{  2851, TU, 56508 }, /* webemshttp */
	{  2852, TU,  5791 }, /* bears-01 */
	{  2853, TU, 25391 }, /* ispipes */
	{  2854, TU, 23853 }, /* infomover */
	{  2855, T , 31773 }, /* msrp */
	{  2856, TU,  8700 }, /* cesdinv */
	{  2857, TU, 46988 }, /* simctlp */
	{  2858, TU, 15376 }, /* ecnp */
	{  2859, TU,  1296 }, /* activememory */
	{  2860, TU, 13480 }, /* dialpad-voice1 */
	{  2861, TU, 13495 }, /* dialpad-voice2 */
	{  2862, TU, 53432 }, /* ttg-protocol */
	{  2863, TU, 48345 }, /* sonardata */
	{  2864, TU,  4558 }, /* astronova-main */
	{  2865, TU, 39655 }, /* pit-vpn */
	{  2866, TU, 25758 }, /* iwlistener */
	{  2867, TU, 16869 }, /* esps-portal */
	{  2868, TU, 35594 }, /* npep-messaging */
	{  2869, TU, 23019 }, /* icslap */
	{  2870, TU, 12197 }, /* daishi */
	{  2871, TU, 31692 }, /* msi-selectplay */
	{  2872, TU, 42366 }, /* radix */
	{  2873, TU, 41309 }, /* psrt */
	{  2874, TU, 15110 }, /* dxmessagebase1 */
	{  2875, TU, 15125 }, /* dxmessagebase2 */
	{  2876, TU, 48754 }, /* sps-tunnel */
	{  2877, TU,  6345 }, /* bluelance */
	{  2878, TU, 12173 }, /* aap */
	{  2879, TU, 53797 }, /* ucentric-ds */
	{  2880, TU, 50687 }, /* synapse */
	{  2881, TU, 32915 }, /* ndsp */
	{  2882, TU, 32920 }, /* ndtp */
	{  2883, TU, 32883 }, /* ndnp */
	{  2884, TU, 18577 }, /* flashmsg */
	{  2885, TU, 52773 }, /* topflow */
	{  2886, TU, 43346 }, /* responselogic */
	{  2887, TU,  2025 }, /* aironetddp */
	{  2888, TU, 48533 }, /* spcsdlobby */
	{  2889, TU, 44110 }, /* rsom */
	{  2890, TU, 11467 }, /* cspclmulti */
	{  2891, TU,  9089 }, /* cinegrfx-elmd */
	{  2892, TU, 47897 }, /* snifferdata */
	{  2893, TU, 55815 }, /* vseconnector */
	{  2894, TU,   764 }, /* abacus-remote */
	{  2895, TU, 32485 }, /* natuslink */
	{  2896, TU, 15395 }, /* ecovisiong6-1 */
	{  2897, TU,  9351 }, /* citrix-rtmp */
	{  2898, TU,  3429 }, /* appliance-cfg */
	{  2899, TU, 40259 }, /* powergemplus */
	{  2900, TU, 42226 }, /* quicksuite */
	{  2901, TU,  2205 }, /* allstorcns */
	{  2902, TU, 33162 }, /* netaspi */
	{  2903, TU, 49747 }, /* suitcase */
	{  2904, TU, 28619 }, /* m2ua */
	{  2905, T , 28639 }, /* m3ua */
	{  2906, TU,  7756 }, /* caller9 */
	{  2907, TU, 56549 }, /* webmethods-b2b */
	{  2908, TU, 28916 }, /* mao */
	{  2909, TU, 19127 }, /* funk-dialout */
	{  2910, TU, 51757 }, /* tdaccess */
	{  2911, TU,  6263 }, /* blockade */
	{  2912, TU, 16495 }, /* epicon */
	{  2913, TU,  6743 }, /* boosterware */
	{  2914, TU, 19376 }, /* gamelobby */
	{  2915, TU, 52420 }, /* tksocket */
	{  2916, TU, 15864 }, /* elvin-server */
	{  2917, TU, 15851 }, /* elvin-client */
	{  2918, TU, 26623 }, /* kastenchasepad */
	{  2919, TU, 43792 }, /* roboer */
	{  2920, TU, 43784 }, /* roboeda */
	{  2921, TU,  8680 }, /* cesdcdman */
	{  2922, TU,  8690 }, /* cesdcdtrn */
	{  2923, TU, 57384 }, /* wta-wsp-wtp-s */
	{  2924, TU, 40509 }, /* precise-vip */
	{  2926, TU, 30708 }, /* mobile-file-dl */
	{  2927, TU, 54120 }, /* unimobilectrl */
	{  2928, TU, 43023 }, /* redstone-cpss */
	{  2929, TU,  2694 }, /* amx-webadmin */
	{  2930, TU,  2707 }, /* amx-weblinx */
	{  2931, TU,  9141 }, /* circle-x */
	{  2932, TU, 23664 }, /* incp */
	{  2933, TU,   244 }, /* 4-tieropmgw */
	{  2934, TU,   231 }, /* 4-tieropmcli */
	{  2935, TU, 42057 }, /* qtp */
	{  2936, TU, 37944 }, /* otpatch */
	{  2937, TU, 40062 }, /* pnaconsult-lm */
	{  2938, TU, 47438 }, /* sm-pas-1 */
	{  2939, TU, 47447 }, /* sm-pas-2 */
	{  2940, TU, 47456 }, /* sm-pas-3 */
	{  2941, TU, 47465 }, /* sm-pas-4 */
	{  2942, TU, 47474 }, /* sm-pas-5 */
	{  2943, TU, 53473 }, /* ttnrepository */
	{  2944, TU, 29682 }, /* megaco-h248 */
	{  2945, TU, 20577 }, /* h248-binary */
	{  2946, TU, 18521 }, /* fjsvmpor */
	{  2947, TU, 20122 }, /* gpsd */
	{  2948, TU, 56112 }, /* wap-push */
	{  2949, TU, 56150 }, /* wap-pushsecure */
	{  2950, TU, 16786 }, /* esip */
	{  2951, TU, 37956 }, /* ottp */
	{  2952, TU, 30957 }, /* mpfwsas */
	{  2953, TU, 37987 }, /* ovalarmsrv */
	{  2954, TU, 37998 }, /* ovalarmsrv-cmd */
	{  2955, TU, 11401 }, /* csnotify */
	{  2956, TU, 38050 }, /* ovrimosdbman */
	{  2957, TU, 26238 }, /* jmact5 */
	{  2958, TU, 26245 }, /* jmact6 */
	{  2959, TU, 43711 }, /* rmopagt */
	{  2960, TU, 13259 }, /* dfoxserver */
	{  2961, TU,  6710 }, /* boldsoft-lm */
	{  2962, TU, 24779 }, /* iph-policy-cli */
	{  2963, TU, 24764 }, /* iph-policy-adm */
	{  2964, TU,  7213 }, /* bullant-srap */
	{  2965, TU,  7201 }, /* bullant-rap */
	{  2966, TU, 23174 }, /* idp-infotrieve */
	{  2967, TU, 48983 }, /* ssc-agent */
	{  2968, TU, 16302 }, /* enpp */
	{  2969, TU, 16918 }, /* essp */
	{  2970, TU, 23669 }, /* index-net */
	{  2971, TU, 33362 }, /* netclip */
	{  2972, TU, 40013 }, /* pmsm-webrctl */
	{  2973, TU, 50315 }, /* svnetworks */
	{  2974, TU, 44570 }, /* signal */
	{  2975, TU, 18487 }, /* fjmpcm */
	{  2976, TU,  9835 }, /* cns-srv-port */
	{  2977, TU, 53397 }, /* ttc-etap-ns */
	{  2978, TU, 53385 }, /* ttc-etap-ds */
	{  2979, TU, 20589 }, /* h263-video */
	{  2980, TU, 56832 }, /* wimd */
	{  2981, TU, 32140 }, /* mylxamport */
	{  2982, TU, 25733 }, /* iwb-whiteboard */
	{  2983, TU, 33858 }, /* netplan */
	{  2984, TU, 21617 }, /* hpidsadmin */
	{  2985, TU, 21628 }, /* hpidsagent */
	{  2986, TU, 49473 }, /* stonefalls */
	{  2987, TU, 23111 }, /* identify */
	{  2988, TU, 21166 }, /* hippad */
	{  2989, TU, 58399 }, /* zarkov */
	{  2990, TU,  6803 }, /* boscap */
	{  2991, TU, 57017 }, /* wkstn-mon */
	{  2992, TU,  5148 }, /* avenyo */
	{  2993, TU, 54856 }, /* veritas-vis1 */
	{  2994, TU, 54869 }, /* veritas-vis2 */
	{  2995, TU, 23194 }, /* idrs */
	{  2996, TU, 55854 }, /* vsixml */
	{  2997, TU, 42981 }, /* rebol */
	{  2998, TU, 42970 }, /* realsecure */
	{  2999, TU, 43251 }, /* remoteware-un */
	{  3000, TU, 20853 }, /* hbci */
	{  3001, T , 37796 }, /* origo-native */
	{  3002, TU, 17240 }, /* exlm-agent */
	{  3003, TU,  8803 }, /* cgms */
	{  3004, TU, 11455 }, /* csoftragent */
	{  3005, TU, 19673 }, /* geniuslm */
	{  3006, TU, 23405 }, /* ii-admin */
	{  3007, TU, 28317 }, /* lotusmtap */
	{  3008, TU, 30321 }, /* midnight-tech */
	{  3009, TU, 41576 }, /* pxc-ntfy */
	{  3010, T , 16930 }, /* gw */
	{  3010, U , 39602 }, /* ping-pong */
	{  3011, TU, 53272 }, /* trusted-web */
	{  3012, TU, 53711 }, /* twsdss */
	{  3013, TU, 19798 }, /* gilatskysurfer */
	{  3014, TU,  7020 }, /* broker-service */
	{  3015, TU, 32425 }, /* nati-dstp */
	{  3016, TU, 35448 }, /* notify-srvr */
	{  3017, TU, 17066 }, /* event-listener */
	{  3018, TU, 48939 }, /* srvc-registry */
	{  3019, TU, 43333 }, /* resource-mgr */
	{  3020, TU,  9042 }, /* cifs */
	{  3021, TU,  1882 }, /* agriserver */
	{  3022, TU, 11506 }, /* csregagent */
	{  3023, TU, 28782 }, /* magicnotes */
	{  3024, TU, 32888 }, /* nds-sso */
	{  3025, TU,  3865 }, /* arepa-raft */
	{  3026, TU,  1869 }, /* agri-gateway */
	{  3027, TU,   429 }, /* LiebDevMgmt-C */
	{  3028, TU,   443 }, /* LiebDevMgmt-DM */
	{  3029, TU,   415 }, /* LiebDevMgmt-A */
	{  3030, TU,  3855 }, /* arepa-cas */
	{  3031, TU, 16558 }, /* eppc */
	{  3032, TU, 43093 }, /* redwood-chat */
	{  3033, TU, 39117 }, /* pdb */
	{  3034, TU, 37894 }, /* osmosis-aeea */
	{  3035, TU, 18509 }, /* fjsv-gssagt */
	{  3036, TU, 20778 }, /* hagel-dump */
	{  3037, TU, 21511 }, /* hp-san-mgmt */
	{  3038, TU, 44818 }, /* santak-ups */
	{  3039, TU,  9944 }, /* cogitate */
	{  3040, TU, 52749 }, /* tomato-springs */
	{  3041, TU, 13418 }, /* di-traceware */
	{  3042, TU, 26344 }, /* journee */
	{  3043, TU,  7035 }, /* brp */
	{  3044, TU, 16554 }, /* epp */
	{  3045, TU, 43360 }, /* responsenet */
	{  3046, TU, 13397 }, /* di-ase */
	{  3047, TU, 21222 }, /* hlserver */
	{  3048, TU, 39054 }, /* pctrader */
	{  3049, TU, 35837 }, /* nsws */
	{  3050, TU, 19593 }, /* gds-db */
	{  3051, TU, 19312 }, /* galaxy-server */
	{  3052, TU,  3011 }, /* apc-3052 */
	{  3053, TU, 14812 }, /* dsom-server */
	{  3054, TU,  2583 }, /* amt-cnf-prot */
	{  3055, TU, 40132 }, /* policyserver */
	{  3056, TU,  8533 }, /* cdl-server */
	{  3057, TU, 20010 }, /* goahead-fldup */
	{  3058, TU, 54989 }, /* videobeans */
	{  3059, TU, 42021 }, /* qsoft */
	{  3060, TU, 24394 }, /* interserver */
	{  3061, TU,  8290 }, /* cautcpd */
	{  3062, TU, 32639 }, /* ncacn-ip-tcp */
	{  3063, TU, 32652 }, /* ncadg-ip-udp */
	{  3064, TU, 43963 }, /* rprt */
	{  3065, TU, 47376 }, /* slinterbase */
	{  3066, TU, 33170 }, /* netattachsdmp */
	{  3067, TU, 18352 }, /* fjhpjp */
	{  3068, TU, 28386 }, /* ls3bcast */
	{  3069, TU, 28382 }, /* ls3 */
	{  3070, TU, 30162 }, /* mgxswitch */
	{  3071, T , 58081 }, /* xplat-replicate */
	{  3072, TU, 11320 }, /* csd-monitor */
	{  3073, TU, 54693 }, /* vcrp */
	{  3074, TU, 57613 }, /* xbox */
	{  3075, TU, 37733 }, /* orbix-locator */
	{  3076, TU, 37706 }, /* orbix-config */
	{  3077, TU, 37719 }, /* orbix-loc-ssl */
	{  3078, TU, 37692 }, /* orbix-cfg-ssl */
	{  3079, TU, 28531 }, /* lv-frontpanel */
	{  3080, TU, 49443 }, /* stm-pproc */
	{  3081, TU, 52445 }, /* tl1-lv */
	{  3082, TU, 52452 }, /* tl1-raw */
	{  3083, TU, 52480 }, /* tl1-telnet */
	{  3084, TU, 25558 }, /* itm-mccs */
	{  3085, TU, 38893 }, /* pcihreq */
	{  3086, TU, 25987 }, /* jdl-dbkitchen */
	{  3087, TU,  4379 }, /* asoki-sma */
	{  3088, TU, 57674 }, /* xdtp */
	{  3089, TU, 41354 }, /* ptk-alink */
	{  3090, TU, 49610 }, /* stss */
	{  3091, TU,     1 }, /* 1ci-smcs */
	{  3093, TU, 42569 }, /* rapidmq-center */
	{  3094, TU, 42584 }, /* rapidmq-reg */
	{  3095, TU, 38459 }, /* panasas */
	{  3096, TU, 32805 }, /* ndl-aps */
	{  3098, TU, 53955 }, /* umm-port */
	{  3099, TU,  8968 }, /* chmd */
	{  3100, TU, 36944 }, /* opcon-xps */
	{  3101, TU, 21502 }, /* hp-pxpib */
	{  3102, TU, 47413 }, /* slslavemon */
	{  3103, TU,  4977 }, /* autocuesmi */
	{  3104, T ,  4966 }, /* autocuelog */
	{  3104, U ,  4988 }, /* autocuetime */
	{  3105, TU,  8121 }, /* cardbox */
	{  3106, TU,  8129 }, /* cardbox-http */
	{  3107, TU, 23643 }, /* business */
	{  3108, TU, 19739 }, /* geolocate */
	{  3109, TU, 39385 }, /* personnel */
	{  3110, TU, 46934 }, /* sim-control */
	{  3111, TU, 57367 }, /* wsynch */
	{  3112, TU, 27002 }, /* ksysguard */
	{  3113, TU, 11227 }, /* cs-auth-svr */
	{  3114, TU,  8369 }, /* ccmad */
	{  3115, TU, 29408 }, /* mctet-master */
	{  3116, TU, 29382 }, /* mctet-gateway */
	{  3117, TU, 29396 }, /* mctet-jserv */
	{  3118, TU, 39727 }, /* pkagent */
	{  3119, TU, 12054 }, /* d2000kernel */
	{  3120, TU, 12066 }, /* d2000webserver */
	{  3121, T , 38938 }, /* pcmk-remote */
	{  3122, TU, 55893 }, /* vtr-emulator */
	{  3123, TU, 15478 }, /* edix */
	{  3124, TU,  5765 }, /* beacon-port */
	{  3125, TU,   639 }, /* a13-an */
	{  3127, TU, 11695 }, /* ctx-bridge */
	{  3128, TU, 32777 }, /* ndl-aas */
	{  3129, TU, 33894 }, /* netport-id */
	{  3130, TU, 23002 }, /* icpv2 */
	{  3131, TU, 33295 }, /* netbookmark */
	{  3132, TU, 31335 }, /* ms-rule-engine */
	{  3133, TU, 40658 }, /* prism-deploy */
	{  3134, TU, 32946 }, /* ecp */
	{  3135, TU, 39185 }, /* peerbook-port */
	{  3136, TU, 20264 }, /* grubd */
	{  3137, TU, 44322 }, /* rtnt-1 */
	{  3138, TU, 44329 }, /* rtnt-2 */
	{  3139, TU, 23652 }, /* incognitorv */
	{  3140, TU,  3945 }, /* ariliamulti */
	{  3141, TU, 55299 }, /* vmodem */
	{  3142, TU, 42836 }, /* rdc-wh-eos */
	{  3143, TU, 45636 }, /* seaview */
	{  3144, TU, 51457 }, /* tarantella */
	{  3145, TU, 11356 }, /* csi-lfap */
	{  3146, TU,  5800 }, /* bears-02 */
	{  3147, TU, 43462 }, /* rfio */
	{  3148, TU, 35113 }, /* nm-game-admin */
	{  3149, TU, 35127 }, /* nm-game-server */
	{  3150, TU, 35086 }, /* nm-asses-admin */
	{  3151, TU, 35101 }, /* nm-assessor */
	{  3152, TU, 17841 }, /* feitianrockey */
	{  3153, TU, 44523 }, /* s8-client-port */
	{  3154, TU,  8390 }, /* ccmrmi */
	{  3155, TU, 26352 }, /* jpegmpeg */
	{  3156, TU, 23734 }, /* indura */
	{  3157, TU, 28395 }, /* lsa-comm */
	{  3158, TU, 49673 }, /* stvp */
	{  3159, TU, 32535 }, /* navegaweb-port */
	{  3160, TU, 52372 }, /* tip-app-server */
	{  3161, TU, 14191 }, /* doc1lm */
	{  3162, TU, 46269 }, /* sflm */
	{  3163, TU, 43296 }, /* res-sap */
	{  3164, TU, 23548 }, /* imprs */
	{  3165, TU, 34605 }, /* newgenpay */
	{  3166, TU, 48465 }, /* sossecollector */
	{  3167, TU, 35560 }, /* nowcontact */
	{  3168, TU, 40286 }, /* poweronnud */
	{  3169, TU, 46079 }, /* serverview-as */
	{  3170, TU, 46093 }, /* serverview-asn */
	{  3171, TU, 46108 }, /* serverview-gf */
	{  3172, TU, 46137 }, /* serverview-rm */
	{  3173, TU, 46122 }, /* serverview-icc */
	{  3174, TU,  4021 }, /* armi-server */
	{  3175, TU, 51055 }, /* t1-e1-over-ip */
	{  3176, TU,  4066 }, /* ars-master */
	{  3177, TU, 39497 }, /* phonex-port */
	{  3178, TU, 42284 }, /* radclientport */
	{  3179, TU, 20600 }, /* h2gf-w-2m */
	{  3180, TU, 29170 }, /* mc-brk-srv */
	{  3181, TU,  6559 }, /* bmcpatrolagent */
	{  3182, TU,  6574 }, /* bmcpatrolrnvu */
	{  3183, TU, 10602 }, /* cops-tls */
	{  3184, TU,  3204 }, /* apogeex-port */
	{  3185, TU, 47737 }, /* smpppd */
	{  3186, TU, 23419 }, /* iiw-port */
	{  3187, TU, 36275 }, /* odi-port */
	{  3188, TU,  6934 }, /* brcm-comm-port */
	{  3189, TU, 38901 }, /* pcle-infex */
	{  3190, TU, 11547 }, /* csvr-proxy */
	{  3191, TU, 11558 }, /* csvr-sslproxy */
	{  3192, TU, 18239 }, /* firemonrcc */
	{  3193, TU, 48508 }, /* spandataport */
	{  3194, TU, 28747 }, /* magbind */
	{  3195, TU, 32750 }, /* ncu-1 */
	{  3196, TU, 32756 }, /* ncu-2 */
	{  3197, TU, 15942 }, /* embrace-dp-s */
	{  3198, TU, 15929 }, /* embrace-dp-c */
	{  3199, TU, 14077 }, /* dmod-workspace */
	{  3200, TU, 52199 }, /* tick-port */
	{  3201, TU, 10872 }, /* cpq-tasksmart */
	{  3202, TU, 24442 }, /* intraintra */
	{  3203, TU, 34437 }, /* netwatcher-mon */
	{  3204, TU, 34423 }, /* netwatcher-db */
	{  3205, TU, 25275 }, /* isns */
	{  3206, TU, 25021 }, /* ironmail */
	{  3207, TU, 55959 }, /* vx-auth-port */
	{  3208, TU, 39405 }, /* pfu-prcallback */
	{  3209, TU, 34468 }, /* netwkpathengine */
	{  3210, TU, 18551 }, /* flamenco-proxy */
	{  3211, TU,  5244 }, /* avsecuremgmt */
	{  3212, TU, 50260 }, /* surveyinst */
	{  3213, TU, 32992 }, /* neon24x7 */
	{  3214, TU, 26277 }, /* jmq-daemon-1 */
	{  3215, TU, 26290 }, /* jmq-daemon-2 */
	{  3216, TU, 17861 }, /* ferrari-foam */
	{  3217, TU, 54186 }, /* unite */
	{  3218, TU, 47619 }, /* smartpackets */
	{  3219, TU, 57068 }, /* wms-messenger */
	{  3220, TU, 57984 }, /* xnm-ssl */
	{  3221, TU, 57969 }, /* xnm-clear-text */
	{  3222, TU, 19837 }, /* glbp */
	{  3223, TU, 13653 }, /* digivote */
	{  3224, TU,  1584 }, /* aes-discovery */
	{  3225, TU, 17671 }, /* fcip-port */
	{  3226, TU, 25173 }, /* isi-irp */
	{  3227, TU, 15073 }, /* dwnmshttp */
	{  3228, TU, 15061 }, /* dwmsgserver */
	{  3229, TU, 19853 }, /* global-cd-port */
	{  3230, TU, 46324 }, /* sftdst-port */
	{  3231, TU, 55021 }, /* vidigo */
	{  3232, TU, 29510 }, /* mdtp */
	{  3233, TU, 56734 }, /* whisker */
	{  3234, TU,  2134 }, /* alchemy */
	{  3235, TU, 29445 }, /* mdap-port */
	{  3236, TU,  3317 }, /* apparenet-ts */
	{  3237, TU,  3303 }, /* apparenet-tps */
	{  3238, TU,  3290 }, /* apparenet-as */
	{  3239, TU,  3330 }, /* apparenet-ui */
	{  3240, TU, 53129 }, /* triomotion */
	{  3241, TU, 50994 }, /* sysorb */
	{  3242, TU, 45505 }, /* sdp-id-port */
	{  3243, TU, 52332 }, /* timelot */
	{  3244, TU, 36793 }, /* onesaf */
	{  3245, TU, 55038 }, /* vieo-fe */
	{  3246, TU, 15046 }, /* dvt-system */
	{  3247, TU, 15037 }, /* dvt-data */
	{  3248, TU, 40843 }, /* procos-lm */
	{  3249, TU, 11529 }, /* ssp */
	{  3250, TU, 18862 }, /* hicp */
	{  3251, TU, 51008 }, /* sysscanner */
	{  3252, TU, 13393 }, /* dhe */
	{  3253, TU, 39083 }, /* pda-data */
	{  3254, TU, 39101 }, /* pda-sys */
	{  3255, TU, 45810 }, /* semaphore */
	{  3256, TU, 10895 }, /* cpqrpm-agent */
	{  3257, TU, 10908 }, /* cpqrpm-server */
	{  3258, TU, 25658 }, /* ivecon-port */
	{  3259, TU, 16515 }, /* epncdp2 */
	{  3260, TU, 25128 }, /* iscsi-target */
	{  3261, TU, 56966 }, /* winshadow */
	{  3262, TU, 32945 }, /* necp */
	{  3263, TU, 15381 }, /* ecolor-imager */
	{  3264, TU,  8375 }, /* ccmail */
	{  3265, TU,  2295 }, /* altav-tunnel */
	{  3266, TU, 35685 }, /* ns-cfg-server */
	{  3267, TU, 22394 }, /* ibm-dial-out */
	{  3268, TU, 31540 }, /* msft-gc */
	{  3269, TU, 31548 }, /* msft-gc-ssl */
	{  3270, TU, 54796 }, /* verismart */
	{  3271, TU, 11437 }, /* csoft-prev */
	{  3272, TU, 54396 }, /* user-manager */
	{  3273, TU, 50527 }, /* sxmp */
	{  3274, TU, 37781 }, /* ordinox-server */
	{  3275, TU, 44746 }, /* samd */
	{  3276, TU, 29095 }, /* maxim-asics */
	{  3277, TU,  5295 }, /* awg-proxy */
	{  3278, TU, 27880 }, /* lkcmserver */
	{  3279, TU, 22197 }, /* admind */
	{  3280, TU, 55763 }, /* vs-server */
	{  3281, TU, 50987 }, /* sysopt */
	{  3282, TU, 12401 }, /* datusorb */
	{  3283, TU,   310 }, /* Apple-Remote-De */
	{  3284, TU,   256 }, /* 4talk */
	{  3285, TU, 39815 }, /* plato */
	{  3286, TU, 19199 }, /* e-net */
	{  3287, TU, 13799 }, /* directvdata */
	{  3288, TU, 39795 }, /* cops */
	{  3289, TU, 16297 }, /* enpc */
	{  3290, TU,  8064 }, /* caps-lm */
	{  3291, TU, 44656 }, /* sah-lm */
	{  3292, TU,  8173 }, /* cart-o-rama */
	{  3293, TU, 17924 }, /* fg-fps */
	{  3294, TU, 17931 }, /* fg-gip */
	{  3295, TU, 15196 }, /* dyniplookup */
	{  3296, TU, 43486 }, /* rib-slm */
	{  3297, TU, 11983 }, /* cytel-lm */
	{  3298, TU, 13198 }, /* deskview */
	{  3299, TU, 39140 }, /* pdrncs */
	{  3300, T ,  8606 }, /* ceph */
	{  3301, TU, 51468 }, /* tarantool */
	{  3302, TU, 29343 }, /* mcs-fastmail */
	{  3303, TU, 37317 }, /* opsession-clnt */
	{  3304, TU, 37347 }, /* opsession-srvr */
	{  3305, TU, 36238 }, /* odette-ftp */
	{  3306, TU, 32186 }, /* mysql */
	{  3307, TU, 37332 }, /* opsession-prxy */
	{  3308, TU, 52701 }, /* tns-server */
	{  3309, TU, 52685 }, /* tns-adv */
	{  3310, TU, 15158 }, /* dyna-access */
	{  3311, TU, 29291 }, /* mcns-tel-ret */
	{  3312, TU,  3471 }, /* appman-server */
	{  3313, TU, 54266 }, /* uorb */
	{  3314, TU, 54259 }, /* uohost */
	{  3315, TU,  8528 }, /* cdid */
	{  3316, TU,  1950 }, /* aicc-cmi */
	{  3317, TU, 55773 }, /* vsaiport */
	{  3318, TU, 49171 }, /* ssrip */
	{  3319, TU, 45575 }, /* sdt-lmd */
	{  3320, TU, 36379 }, /* officelink2000 */
	{  3321, TU, 55363 }, /* vnsstr */
	{  3326, TU, 46343 }, /* sftu */
	{  3327, TU,  5647 }, /* bbars */
	{  3328, TU, 15636 }, /* egptlm */
	{  3329, TU, 21424 }, /* hp-device-disc */
	{  3330, TU, 29328 }, /* mcs-calypsoicf */
	{  3331, TU, 29368 }, /* mcs-messaging */
	{  3332, TU, 29356 }, /* mcs-mailsvr */
	{  3333, TU, 12952 }, /* dec-notes */
	{  3334, TU, 13787 }, /* directv-web */
	{  3335, TU, 13761 }, /* directv-soft */
	{  3336, TU, 13774 }, /* directv-tick */
	{  3337, TU, 13747 }, /* directv-catlg */
	{  3338, TU,  2739 }, /* anet-b */
	{  3339, TU,  2753 }, /* anet-l */
	{  3340, TU,  2760 }, /* anet-m */
	{  3341, TU,  2746 }, /* anet-h */
	{  3342, TU, 56628 }, /* webtie */
	{  3343, TU, 31226 }, /* ms-cluster-net */
	{  3344, TU,  6625 }, /* bnt-manager */
	{  3345, TU, 23794 }, /* influence */
	{  3346, TU, 53222 }, /* trnsprntproxy */
	{  3347, TU, 39475 }, /* phoenix-rpc */
	{  3348, TU, 38467 }, /* pangolin-laser */
	{  3349, TU,  8896 }, /* chevinservices */
	{  3350, TU, 18150 }, /* findviatv */
	{  3351, TU,  7147 }, /* btrieve */
	{  3352, TU, 49152 }, /* ssql */
	{  3353, TU, 17554 }, /* fatpipe */
	{  3354, TU, 49756 }, /* suitjd */
	{  3355, TU, 37767 }, /* ordinox-dbase */
	{  3356, TU, 54287 }, /* upnotifyps */
	{  3357, TU,  1474 }, /* adtech-test */
	{  3358, TU, 31154 }, /* mpsysrmsvr */
	{  3359, TU, 56713 }, /* wg-netforce */
	{  3360, TU, 27057 }, /* kv-server */
	{  3361, TU, 27048 }, /* kv-agent */
	{  3362, TU, 13929 }, /* dj-ilm */
	{  3363, TU, 32458 }, /* nati-vi-server */
	{  3364, TU, 10999 }, /* creativeserver */
	{  3365, TU, 10544 }, /* contentserver */
	{  3366, TU, 10984 }, /* creativepartnr */
	{  3372, TU, 52387 }, /* tip2 */
	{  3373, TU, 27421 }, /* lavenir-lm */
	{  3374, TU,  9681 }, /* cluster-disc */
	{  3375, TU, 55867 }, /* vsnm-agent */
	{  3376, TU,  8498 }, /* cdbroker */
	{  3377, TU,  9991 }, /* cogsys-lm */
	{  3378, TU, 57268 }, /* wsicopy */
	{  3379, TU, 48201 }, /* socorfs */
	{  3380, TU, 48047 }, /* sns-channels */
	{  3381, TU, 19618 }, /* geneous */
	{  3382, TU, 19114 }, /* fujitsu-neat */
	{  3383, TU, 16830 }, /* esp-lm */
	{  3384, TU, 21403 }, /* hp-clic */
	{  3385, TU, 41868 }, /* qnxnetman */
	{  3386, T , 20103 }, /* gprs-data */
	{  3386, U , 20113 }, /* gprs-sig */
	{  3387, TU,  5480 }, /* backroomnet */
	{  3388, TU,  8326 }, /* cbserver */
	{  3389, TU, 31477 }, /* ms-wbt-server */
	{  3390, TU, 14997 }, /* dsc */
	{  3391, TU, 44937 }, /* savant */
	{  3392, TU, 15590 }, /* efi-lm */
	{  3393, TU, 12134 }, /* d2k-tapestry1 */
	{  3394, TU, 12148 }, /* d2k-tapestry2 */
	{  3395, TU, 15170 }, /* dyna-lm */
	{  3396, TU, 40619 }, /* printer-agent */
	{  3397, TU,  9597 }, /* cloanto-lm */
	{  3398, TU, 29832 }, /* mercantile */
	{  3399, TU, 11390 }, /* csms */
	{  3400, TU, 11395 }, /* csms2 */
	{  3401, TU, 17975 }, /* filecast */
	{  3402, TU, 19191 }, /* fxaengine-net */
	{  3405, TU, 35327 }, /* nokia-ann-ch1 */
	{  3406, TU, 35341 }, /* nokia-ann-ch2 */
	{  3407, TU, 27507 }, /* ldap-admin */
	{  3408, TU,   326 }, /* BESApi */
	{  3409, TU, 34484 }, /* networklens */
	{  3410, TU, 34496 }, /* networklenss */
	{  3411, TU,  6148 }, /* biolink-auth */
	{  3412, TU, 57836 }, /* xmlblaster */
	{  3413, TU, 30573 }, /* svnet */
	{  3414, TU, 56989 }, /* wip-port */
	{  3415, TU,  5674 }, /* bcinameservice */
	{  3416, TU, 10108 }, /* commandport */
	{  3417, TU, 11542 }, /* csvr */
	{  3418, TU, 43757 }, /* rnmap */
	{  3419, TU, 48223 }, /* softaudit */
	{  3420, TU, 23305 }, /* ifcp-port */
	{  3421, TU,  6367 }, /* bmap */
	{  3422, TU, 44436 }, /* rusb-sys-port */
	{  3423, TU, 58241 }, /* xtrm */
	{  3424, TU, 58246 }, /* xtrms */
	{  3425, TU,  1859 }, /* agps-port */
	{  3426, TU,  3964 }, /* arkivio */
	{  3427, TU, 56605 }, /* websphere-snmp */
	{  3428, TU, 53694 }, /* twcss */
	{  3429, TU, 19531 }, /* gcsp */
	{  3430, TU, 48999 }, /* ssdispatch */
	{  3431, TU, 32797 }, /* ndl-als */
	{  3432, TU, 37868 }, /* osdcp */
	{  3433, TU, 37237 }, /* opnet-smp */
	{  3434, TU, 36984 }, /* opencm */
	{  3435, TU, 38284 }, /* pacom */
	{  3436, TU, 19494 }, /* gc-config */
	{  3437, TU,  4956 }, /* autocueds */
	{  3438, TU, 48658 }, /* spiral-admin */
	{  3439, TU, 21831 }, /* hri-port */
	{  3440, TU,  2781 }, /* ans-console */
	{  3441, TU, 10423 }, /* connect-client */
	{  3442, TU, 10438 }, /* connect-server */
	{  3443, TU, 37973 }, /* ov-nnm-websrv */
	{  3444, TU, 13122 }, /* denali-server */
	{  3445, TU,   157 }, /* monp */
	{  3446, TU,    99 }, /* 3comfaxrpc */
	{  3447, TU, 13699 }, /* directnet */
	{  3448, TU, 14133 }, /* dnc-port */
	{  3449, TU, 21346 }, /* hotu-chat */
	{  3450, TU,  8246 }, /* castorproxy */
	{  3451, TU,  4163 }, /* asam */
	{  3452, TU, 44565 }, /* sabp-signal */
	{  3453, TU, 41203 }, /* pscupd */
	{  3454, TU, 30491 }, /* mira */
	{  3455, TU, 41163 }, /* prsvp */
	{  3456, TU, 54613 }, /* vat */
	{  3457, TU, 54617 }, /* vat-control */
	{  3458, TU, 12162 }, /* d3winosfi */
	{  3459, TU, 24220 }, /* integral */
	{  3460, TU, 15498 }, /* edm-manager */
	{  3461, TU, 15537 }, /* edm-stager */
	{  3462, TU, 15548 }, /* edm-std-notify */
	{  3463, TU, 15483 }, /* edm-adm-notify */
	{  3464, TU, 15524 }, /* edm-mgr-sync */
	{  3465, TU, 15510 }, /* edm-mgr-cntrl */
	{  3466, TU, 57095 }, /* workflow */
	{  3467, TU, 42809 }, /* rcst */
	{  3468, TU, 53417 }, /* ttcmremotectrl */
	{  3469, TU, 39902 }, /* pluribus */
	{  3470, TU, 26376 }, /* jt400 */
	{  3471, TU, 26382 }, /* jt400-ssl */
	{  3472, TU, 25862 }, /* jaugsremotec-1 */
	{  3473, TU, 25877 }, /* jaugsremotec-2 */
	{  3474, TU, 53487 }, /* ttntspauto */
	{  3475, TU, 19660 }, /* genisar-port */
	{  3476, TU, 35644 }, /* nppmp */
	{  3477, TU, 29516 }, /* ecomm */
	{  3478, TU, 49628 }, /* stun */
	{  3479, TU, 53705 }, /* twrpc */
	{  3480, TU, 39884 }, /* plethora */
	{  3481, TU,  9497 }, /* cleanerliverc */
	{  3482, TU, 55930 }, /* vulture */
	{  3483, TU, 47340 }, /* slim-devices */
	{  3484, TU, 19486 }, /* gbs-stp */
	{  3485, TU,  8579 }, /* celatalk */
	{  3486, TU, 23339 }, /* ifsf-hb-port */
	{  3487, T , 28462 }, /* ltctcp */
	{  3487, U , 28469 }, /* ltcudp */
	{  3488, TU, 18949 }, /* fs-rh-srv */
	{  3489, TU, 14924 }, /* dtp-dia */
	{  3490, TU, 10053 }, /* colubris */
	{  3491, TU, 50472 }, /* swr-port */
	{  3492, TU, 53609 }, /* tvdumtray-port */
	{  3493, TU, 35957 }, /* nut */
	{  3494, TU, 22528 }, /* ibm3494 */
	{  3495, TU, 45700 }, /* seclayer-tcp */
	{  3496, TU, 45713 }, /* seclayer-tls */
	{  3497, TU, 24726 }, /* ipether232port */
	{  3498, TU, 12268 }, /* dashpas-port */
	{  3499, TU, 45010 }, /* sccip-media */
	{  3500, TU, 44312 }, /* rtmp-port */
	{  3501, TU, 25343 }, /* isoft-p2p */
	{  3502, TU,  5192 }, /* avinstalldisc */
	{  3503, TU, 28434 }, /* lsp-ping */
	{  3504, TU, 25030 }, /* ironstorm */
	{  3505, TU,  8382 }, /* ccmcomm */
	{  3506, TU,  3020 }, /* apc-3506 */
	{  3507, TU, 33006 }, /* nesh-broker */
	{  3508, TU, 24316 }, /* interactionweb */
	{  3509, TU, 55886 }, /* vt-ssl */
	{  3510, TU, 58191 }, /* xss-port */
	{  3511, TU, 56539 }, /* webmail-2 */
	{  3512, TU,  5406 }, /* aztec */
	{  3513, TU,  3765 }, /* arcpd */
	{  3514, TU, 32043 }, /* must-p2p */
	{  3515, TU, 32028 }, /* must-backplane */
	{  3516, TU, 47590 }, /* smartcard-port */
	{  3517, TU,   286 }, /* 802-11-iapp */
	{  3518, TU,  4087 }, /* artifact-msg */
	{  3519, T , 36017 }, /* nvmsgd */
	{  3519, U , 19348 }, /* galileo */
	{  3520, TU, 19356 }, /* galileolog */
	{  3521, TU, 29220 }, /* mc3ss */
	{  3522, TU, 35811 }, /* nssocketport */
	{  3523, TU, 36261 }, /* odeumservlink */
	{  3524, TU, 15368 }, /* ecmport */
	{  3525, TU, 15737 }, /* eisport */
	{  3526, TU, 49284 }, /* starquiz-port */
	{  3527, TU,  5845 }, /* beserver-msg-q */
	{  3528, TU, 25942 }, /* jboss-iiop */
	{  3529, TU, 25953 }, /* jboss-iiop-ssl */
	{  3530, TU, 46119 }, /* gf */
	{  3531, TU, 26317 }, /* joltid */
	{  3532, TU, 42656 }, /* raven-rmp */
	{  3533, TU, 42646 }, /* raven-rdp */
	{  3534, TU, 54362 }, /* urld-port */
	{  3535, TU, 31265 }, /* ms-la */
	{  3536, TU, 47820 }, /* snac */
	{  3537, TU, 34794 }, /* ni-visa-remote */
	{  3538, TU, 22407 }, /* ibm-diradm */
	{  3539, TU, 22418 }, /* ibm-diradm-ssl */
	{  3540, TU, 40109 }, /* pnrp-port */
	{  3541, TU, 55471 }, /* voispeed-port */
	{  3542, TU, 20726 }, /* hacl-monitor */
	{  3543, TU, 41771 }, /* qftest-lookup */
	{  3544, TU, 52015 }, /* teredo */
	{  3545, TU,  7785 }, /* camac */
	{  3547, TU, 50653 }, /* symantec-sim */
	{  3548, TU, 24431 }, /* interworld */
	{  3549, TU, 51921 }, /* tellumat-nms */
	{  3550, TU, 49088 }, /* ssmpp */
	{  3551, TU,  3138 }, /* apcupsd */
	{  3552, TU, 51694 }, /* taserver */
	{  3553, TU, 42749 }, /* rbr-discovery */
	{  3554, TU, 42191 }, /* questnotify */
	{  3555, TU, 42705 }, /* razor */
	{  3556, TU, 47276 }, /* sky-transport */
	{  3557, TU, 39370 }, /* personalos-001 */
	{  3558, TU, 29310 }, /* mcp-port */
	{  3559, TU,  8441 }, /* cctv-port */
	{  3560, TU, 23948 }, /* iniserve-port */
	{  3561, TU,  6480 }, /* bmc-onekey */
	{  3562, TU, 45417 }, /* sdbproxy */
	{  3563, TU, 56351 }, /* watcomdebug */
	{  3564, TU, 16767 }, /* esimport */
	{  3565, T , 28614 }, /* m2pa */
	{  3566, T , 42138 }, /* quest-data-hub */
	{  3567, TU, 14291 }, /* dof-eps */
	{  3568, TU, 14310 }, /* dof-tunnel-sec */
	{  3569, TU, 29133 }, /* mbg-ctrl */
	{  3570, TU, 29234 }, /* mccwebsvr-port */
	{  3571, TU, 29694 }, /* megardsvr-port */
	{  3572, TU, 29709 }, /* megaregsvrport */
	{  3573, TU, 51195 }, /* tag-ups-1 */
	{  3574, T , 14047 }, /* dmaf-server */
	{  3574, U , 14035 }, /* dmaf-caster */
	{  3575, TU,  8360 }, /* ccm-port */
	{  3576, TU,  9733 }, /* cmc-port */
	{  3577, TU, 10401 }, /* config-port */
	{  3578, TU, 20545 }, /* data-port */
	{  3579, TU, 53364 }, /* ttat3lb */
	{  3580, TU, 32446 }, /* nati-svrloc */
	{  3581, TU, 26772 }, /* kfxaclicensing */
	{  3582, TU,   366 }, /* press */
	{  3583, TU,  7883 }, /* canex-watch */
	{  3584, TU, 53718 }, /* u-dbap */
	{  3585, TU, 16171 }, /* emprise-lls */
	{  3586, TU, 16183 }, /* emprise-lsc */
	{  3587, TU, 38209 }, /* p2pgroup */
	{  3588, TU, 45916 }, /* sentinel */
	{  3589, TU, 25383 }, /* isomair */
	{  3590, TU, 57416 }, /* wv-csp-sms */
	{  3591, TU, 20444 }, /* gtrack-server */
	{  3592, TU, 20434 }, /* gtrack-ne */
	{  3593, TU,  6890 }, /* bpmd */
	{  3594, TU, 29634 }, /* mediaspace */
	{  3595, TU, 46522 }, /* shareapp */
	{  3596, TU, 25722 }, /* iw-mmogame */
	{  3597, TU,   646 }, /* a14 */
	{  3598, TU,   650 }, /* a15 */
	{  3599, TU, 42106 }, /* quasar-server */
	{  3600, TU, 52950 }, /* trap-daemon */
	{  3601, TU, 55159 }, /* visinet-gui */
	{  3602, TU, 23779 }, /* infiniswitchcl */
	{  3603, TU, 24158 }, /* int-rcv-cntrl */
	{  3604, TU,  6429 }, /* bmc-jmx-port */
	{  3605, TU, 10098 }, /* comcam-io */
	{  3606, TU, 48682 }, /* splitlock */
	{  3607, TU, 40486 }, /* precise-i3 */
	{  3608, TU, 53040 }, /* trendchip-dcp */
	{  3609, TU, 10804 }, /* cpdi-pidas-cm */
	{  3610, TU, 15350 }, /* echonet */
	{  3611, TU, 47168 }, /* six-degrees */
	{  3612, TU, 12321 }, /* dataprotector */
	{  3613, TU,  2094 }, /* alaris-disc */
	{  3614, TU, 46791 }, /* sigma-port */
	{  3615, TU, 49309 }, /* start-network */
	{  3616, TU,  8484 }, /* cd3o-protocol */
	{  3617, TU, 46531 }, /* sharp-server */
	{  3618, TU,   732 }, /* aairnet-1 */
	{  3619, TU,   742 }, /* aairnet-2 */
	{  3620, TU, 16484 }, /* ep-pcp */
	{  3621, TU, 16477 }, /* ep-nsp */
	{  3622, TU, 17898 }, /* ff-lr-port */
	{  3623, TU, 20789 }, /* haipe-discover */
	{  3624, TU, 13876 }, /* dist-upgrade */
	{  3625, TU, 55485 }, /* volley */
	{  3626, TU,  7305 }, /* bvcdaemon-port */
	{  3627, TU, 25830 }, /* jamserverport */
	{  3628, TU, 16563 }, /* ept-machine */
	{  3629, TU, 16746 }, /* escvpnet */
	{  3630, TU, 11247 }, /* cs-remote-db */
	{  3631, TU, 11260 }, /* cs-services */
	{  3632, TU, 13889 }, /* distcc */
	{  3633, TU, 56057 }, /* wacp */
	{  3634, TU, 21214 }, /* hlibmgr */
	{  3635, TU, 45485 }, /* sdo */
	{  3636, TU, 46224 }, /* servistaitsm */
	{  3637, TU, 45315 }, /* scservp */
	{  3638, TU, 15656 }, /* ehp-backup */
	{  3639, TU, 57606 }, /* xap-ha */
	{  3640, TU, 33866 }, /* netplay-port1 */
	{  3641, TU, 33880 }, /* netplay-port2 */
	{  3642, TU, 26442 }, /* juxml-port */
	{  3643, TU,  4838 }, /* audiojuggler */
	{  3644, TU, 49118 }, /* ssowatch */
	{  3645, TU, 11916 }, /* cyc */
	{  3646, TU, 58200 }, /* xss-srv-port */
	{  3647, TU, 48692 }, /* splitlock-gw */
	{  3648, TU, 18328 }, /* fjcp */
	{  3649, TU, 35184 }, /* nmmp */
	{  3650, TU, 40671 }, /* prismiq-plugin */
	{  3651, TU, 58139 }, /* xrpc-registry */
	{  3652, TU, 55972 }, /* vxcrnbuport */
	{  3653, TU, 17151 }, /* tsp */
	{  3654, TU, 54573 }, /* vaprtm */
	{  3655, TU,   778 }, /* abatemgr */
	{  3656, TU,   787 }, /* abatjss */
	{  3657, TU, 23513 }, /* immedianet-bcn */
	{  3658, TU, 41169 }, /* ps-ams */
	{  3659, TU,  3367 }, /* apple-sasl */
	{  3660, TU,  7850 }, /* can-nds-ssl */
	{  3661, TU,  7827 }, /* can-ferret-ssl */
	{  3662, TU, 55743 }, /* pserver */
	{  3663, TU, 25516 }, /* dtp */
	{  3664, TU, 54298 }, /* ups-engine */
	{  3665, TU, 16312 }, /* ent-engine */
	{  3666, TU, 16755 }, /* eserver-pap */
	{  3667, TU, 23825 }, /* infoexch */
	{  3668, TU, 13046 }, /* dell-rm-port */
	{  3669, TU,  8210 }, /* casanswmgmt */
	{  3670, TU, 47700 }, /* smile */
	{  3671, TU, 15585 }, /* efcp */
	{  3672, TU, 27797 }, /* lispworks-orb */
	{  3673, TU, 29652 }, /* mediavault-gui */
	{  3674, TU, 56887 }, /* wininstall-ipc */
	{  3675, TU,  7764 }, /* calltrax */
	{  3676, TU, 54510 }, /* va-pacbase */
	{  3677, TU, 43886 }, /* roverlog */
	{  3678, TU, 24820 }, /* ipr-dglt */
	{  3679, TU,   372 }, /* Escale-(Newton */
	{  3680, TU, 35581 }, /* npds-tracker */
	{  3681, TU,  7169 }, /* bts-x73 */
	{  3682, TU,  8201 }, /* cas-mapi */
	{  3683, TU,  6406 }, /* bmc-ea */
	{  3684, TU, 17607 }, /* faxstfx-port */
	{  3685, TU, 14840 }, /* dsx-agent */
	{  3686, TU, 52630 }, /* tnmpv2 */
	{  3687, TU, 47022 }, /* simple-push */
	{  3688, TU, 47034 }, /* simple-push-s */
	{  3689, TU, 12172 }, /* daap */
	{  3690, TU, 50311 }, /* svn */
	{  3691, TU, 28732 }, /* magaya-network */
	{  3692, TU, 24297 }, /* intelsync */
	{  3693, T , 15307 }, /* easl */
	{  3695, TU,  6392 }, /* bmc-data-coll */
	{  3696, TU, 51934 }, /* telnetcpcd */
	{  3697, TU, 36024 }, /* nw-license */
	{  3698, TU, 44634 }, /* sagectlpanel */
	{  3699, TU, 26955 }, /* kpn-icw */
	{  3700, TU, 28371 }, /* lrs-paging */
	{  3701, TU, 33334 }, /* netcelera */
	{  3702, TU, 57228 }, /* ws-discovery */
	{  3703, TU,  1420 }, /* adobeserver-3 */
	{  3704, TU,  1434 }, /* adobeserver-4 */
	{  3705, TU,  1448 }, /* adobeserver-5 */
	{  3706, TU, 44201 }, /* rt-event */
	{  3707, TU, 44210 }, /* rt-event-s */
	{  3708, TU, 49763 }, /* sun-as-iiops */
	{  3709, TU,  7427 }, /* ca-idms */
	{  3710, TU, 40186 }, /* portgate-auth */
	{  3711, TU, 15436 }, /* edb-server2 */
	{  3712, TU, 45925 }, /* sentinel-ent */
	{  3713, TU, 52079 }, /* tftps */
	{  3714, TU, 13102 }, /* delos-dms */
	{  3715, TU,  2767 }, /* anoto-rendezv */
	{  3716, TU, 57427 }, /* wv-csp-sms-cir */
	{  3717, TU, 57442 }, /* wv-csp-udp-cir */
	{  3718, TU, 37530 }, /* opus-services */
	{  3719, TU, 25520 }, /* itelserverport */
	{  3720, TU, 53876 }, /* ufastro-instr */
	{  3721, TU, 58213 }, /* xsync */
	{  3722, TU, 58173 }, /* xserveraid */
	{  3723, TU, 50630 }, /* sychrond */
	{  3724, TU,  6255 }, /* blizwow */
	{  3725, TU, 32324 }, /* na-er-tip */
	{  3726, TU,  4052 }, /* array-manager */
	{  3727, TU, 15273 }, /* e-mdu */
	{  3728, TU, 15279 }, /* e-woa */
	{  3729, TU, 18540 }, /* fksp-audit */
	{  3730, TU,  9571 }, /* client-ctrl */
	{  3731, TU, 47519 }, /* smap */
	{  3732, TU, 28596 }, /* m-wnn */
	{  3733, TU, 31958 }, /* multip-msg */
	{  3734, TU, 50849 }, /* synel-data */
	{  3735, TU, 41525 }, /* pwdis */
	{  3736, TU, 44025 }, /* rs-rmi */
	{  3737, T , 58063 }, /* xpanel */
	{  3738, TU, 54901 }, /* versatalk */
	{  3739, TU, 27407 }, /* launchbird-lm */
	{  3740, TU, 48143 }, /* heartbeat */
	{  3741, TU, 57494 }, /* wysdma */
	{  3742, TU, 11533 }, /* cst-port */
	{  3743, TU, 24679 }, /* ipcs-command */
	{  3744, TU, 44905 }, /* sasg */
	{  3745, TU, 20505 }, /* gw-call-port */
	{  3746, TU, 27713 }, /* linktest */
	{  3747, TU, 27722 }, /* linktest-s */
	{  3748, TU, 56500 }, /* webdata */
	{  3749, TU,  9069 }, /* cimtrak */
	{  3750, TU,  8309 }, /* cbos-ip-port */
	{  3751, TU, 20093 }, /* gprs-cube */
	{  3752, TU, 55076 }, /* vipremoteagent */
	{  3753, TU, 32473 }, /* nattyserver */
	{  3754, TU, 52340 }, /* timestenbroker */
	{  3755, TU, 44890 }, /* sas-remote-hlp */
	{  3756, TU,  7981 }, /* canon-capt */
	{  3757, TU, 20186 }, /* grf-port */
	{  3758, TU,  3639 }, /* apw-registry */
	{  3759, TU, 17178 }, /* exapt-lmgr */
	{  3760, TU,  1486 }, /* adtempusclient */
	{  3761, TU, 20297 }, /* gsakmp */
	{  3762, TU, 19478 }, /* gbs-smp */
	{  3763, TU, 58043 }, /* xo-wave */
	{  3764, TU, 30672 }, /* mni-prot-rout */
	{  3765, TU, 44373 }, /* rtraceroute */
	{  3766, T , 47156 }, /* sitewatch-s */
	{  3767, TU, 27839 }, /* listmgr-port */
	{  3768, TU, 42729 }, /* rblcheckd */
	{  3769, TU, 20804 }, /* haipe-otnk */
	{  3770, TU,  9077 }, /* cindycollab */
	{  3771, TU, 38313 }, /* paging-port */
	{  3772, TU, 11081 }, /* ctp */
	{  3773, TU, 11590 }, /* ctdhercules */
	{  3774, TU, 58482 }, /* zicom */
	{  3775, TU, 25399 }, /* ispmmgr */
	{  3776, TU, 15001 }, /* dvcprov-port */
	{  3777, TU, 26199 }, /* jibe-eb */
	{  3778, TU,  7367 }, /* c-h-it-port */
	{  3779, TU,  9983 }, /* cognima */
	{  3780, TU, 35243 }, /* nnp */
	{  3781, TU,   839 }, /* abcvoice-port */
	{  3782, TU, 25303 }, /* iso-tp0s */
	{  3783, TU,  6073 }, /* bim-pem */
	{  3784, TU,  5917 }, /* bfd-control */
	{  3785, TU,  5929 }, /* bfd-echo */
	{  3786, TU, 54335 }, /* upstriggervsw */
	{  3787, TU, 18184 }, /* fintrx */
	{  3788, TU, 25407 }, /* isrp-port */
	{  3789, TU, 43229 }, /* remotedeploy */
	{  3790, TU, 42212 }, /* quickbooksrds */
	{  3791, TU, 53637 }, /* tvnetworkvideo */
	{  3792, TU, 47146 }, /* sitewatch */
	{  3793, TU, 12664 }, /* dcsoftware */
	{  3794, TU, 25892 }, /* jaus */
	{  3795, TU, 32121 }, /* myblast */
	{  3796, TU, 48810 }, /* spw-dialer */
	{  3797, TU, 23189 }, /* idps */
	{  3798, TU, 30425 }, /* minilock */
	{  3799, TU, 42351 }, /* radius-dynauth */
	{  3800, TU, 41541 }, /* pwgpsi */
	{  3801, TU, 22442 }, /* ibm-mgr */
	{  3802, TU, 54965 }, /* vhd */
	{  3803, TU, 48355 }, /* soniqsync */
	{  3804, TU, 24876 }, /* iqnet-port */
	{  3805, TU, 51689 }, /* tcpdataserver */
	{  3806, TU, 57315 }, /* wsmlb */
	{  3807, TU, 48803 }, /* spugna */
	{  3808, TU, 49776 }, /* sun-as-iiops-ca */
	{  3809, TU,  3198 }, /* apocd */
	{  3810, TU, 57027 }, /* wlanauth */
	{  3811, TU,   760 }, /* amp */
	{  3812, TU, 33714 }, /* neto-wol-server */
	{  3813, TU, 42529 }, /* rap-ip */
	{  3814, TU, 33705 }, /* neto-dcs */
	{  3815, TU, 27369 }, /* lansurveyorxml */
	{  3816, TU, 50097 }, /* sunlps-http */
	{  3817, TU, 51435 }, /* tapeware */
	{  3818, TU, 11099 }, /* crinis-hb */
	{  3819, TU, 16502 }, /* epl-slp */
	{  3820, TU, 10261 }, /* scp */
	{  3821, TU, 39966 }, /* pmcp */
	{  3822, TU,  1166 }, /* acp-discovery */
	{  3823, TU,  1154 }, /* acp-conduit */
	{  3824, TU,  1180 }, /* acp-policy */
	{  3825, TU, 17915 }, /* ffserver */
	{  3826, TU, 56288 }, /* warmux */
	{  3827, TU, 33690 }, /* netmpi */
	{  3828, TU, 33506 }, /* neteh */
	{  3829, TU, 33512 }, /* neteh-ext */
	{  3830, TU,  8635 }, /* cernsysmgmtagt */
	{  3831, TU, 14983 }, /* dvapps */
	{  3832, TU, 58258 }, /* xxnetserver */
	{  3833, TU,  2006 }, /* aipn-auth */
	{  3834, TU, 48568 }, /* spectardata */
	{  3835, TU, 48580 }, /* spectardb */
	{  3836, TU, 28991 }, /* markem-dcp */
	{  3837, TU, 30556 }, /* mkm-discovery */
	{  3838, TU, 48424 }, /* sos */
	{  3839, TU,  2686 }, /* amx-rms */
	{  3840, TU, 18612 }, /* flirtmitmir */
	{  3841, T , 46558 }, /* shiprush-db-svr */
	{  3842, TU, 34780 }, /* nhci */
	{  3843, TU, 42126 }, /* quest-agent */
	{  3844, TU, 43753 }, /* rnm */
	{  3845, TU, 54486 }, /* v-one-spp */
	{  3846, TU,  2719 }, /* an-pcp */
	{  3847, TU, 31571 }, /* msfw-control */
	{  3848, TU, 25535 }, /* item */
	{  3849, TU, 48821 }, /* spw-dnspreload */
	{  3850, TU, 42042 }, /* qtms-bootstrap */
	{  3851, TU, 48590 }, /* spectraport */
	{  3852, TU, 49021 }, /* sse-app-config */
	{  3853, TU, 48993 }, /* sscan */
	{  3854, TU, 49598 }, /* stryker-com */
	{  3855, TU, 37170 }, /* opentrac */
	{  3856, TU, 23877 }, /* informer */
	{  3857, TU, 26860 }, /* trap-port */
	{  3858, TU, 52962 }, /* trap-port-mom */
	{  3859, TU, 32517 }, /* nav-port */
	{  3860, TU, 44919 }, /* sasp */
	{  3861, TU, 56976 }, /* winshadow-hd */
	{  3862, TU, 19786 }, /* giga-pocket */
	{  3863, T ,  4168 }, /* asap-tcp */
	{  3863, U ,  4190 }, /* asap-udp */
	{  3864, T ,  4177 }, /* asap-tcp-tls */
	{  3865, TU, 58077 }, /* xpl */
	{  3866, TU, 15208 }, /* dzdaemon */
	{  3867, TU, 15217 }, /* dzoglserver */
	{  3868, T , 13510 }, /* diameter */
	{  3869, TU, 38077 }, /* ovsam-mgmt */
	{  3870, TU, 38063 }, /* ovsam-d-agent */
	{  3871, TU,  5216 }, /* avocent-adsap */
	{  3872, TU, 36312 }, /* oem-agent */
	{  3873, TU, 17488 }, /* fagordnc */
	{  3874, TU, 47212 }, /* sixxsconfig */
	{  3875, TU, 40081 }, /* pnbscada */
	{  3876, TU, 13952 }, /* dl-agent */
	{  3877, TU, 57895 }, /* xmpcr-interface */
	{  3878, TU, 18810 }, /* fotogcad */
	{  3879, TU,  3512 }, /* appss-lm */
	{  3880, TU, 23400 }, /* igrs */
	{  3881, TU, 23054 }, /* idac */
	{  3882, TU, 31498 }, /* msdts1 */
	{  3883, TU, 55632 }, /* vrpn */
	{  3884, TU, 48261 }, /* softrack-meter */
	{  3885, TU, 52781 }, /* topflow-ssl */
	{  3886, TU, 32950 }, /* nei-management */
	{  3887, TU,  9115 }, /* ciphire-data */
	{  3888, TU,  9128 }, /* ciphire-serv */
	{  3889, TU, 12225 }, /* dandv-tester */
	{  3890, TU, 32904 }, /* ndsconnect */
	{  3891, TU, 44264 }, /* rtc-pm-port */
	{  3892, TU, 38845 }, /* pcc-image-port */
	{  3893, TU,  8791 }, /* cgi-starapi */
	{  3894, TU, 50539 }, /* syam-agent */
	{  3895, TU, 50550 }, /* syam-smc */
	{  3896, TU, 45497 }, /* sdo-tls */
	{  3897, TU, 45489 }, /* sdo-ssh */
	{  3898, TU, 45830 }, /* senip */
	{  3899, TU, 25618 }, /* itv-control */
	{  3900, TU, 53865 }, /* udt-os */
	{  3901, TU, 34992 }, /* nimsh */
	{  3902, TU, 34915 }, /* nimaux */
	{  3903, TU,  8836 }, /* charsetmgr */
	{  3904, TU, 36627 }, /* omnilink-port */
	{  3905, TU, 31991 }, /* mupdate */
	{  3906, TU, 52793 }, /* topovista-data */
	{  3907, TU, 23528 }, /* imoguia-port */
	{  3908, TU, 21691 }, /* hppronetman */
	{  3909, TU, 50245 }, /* surfcontrolcpa */
	{  3910, TU, 40780 }, /* prnrequest */
	{  3911, TU, 40791 }, /* prnstatus */
	{  3912, TU, 19467 }, /* gbmt-stars */
	{  3913, TU, 27811 }, /* listcrt-port */
	{  3914, TU, 27824 }, /* listcrt-port-2 */
	{  3915, TU,  1808 }, /* agcat */
	{  3916, TU, 57501 }, /* wysdmc */
	{  3917, TU,  1793 }, /* aftmux */
	{  3918, TU, 39800 }, /* pktcablemmcops */
	{  3919, TU, 22055 }, /* hyperip */
	{  3920, TU, 17189 }, /* exasoftport1 */
	{  3921, TU, 21015 }, /* herodotus-net */
	{  3922, TU, 48413 }, /* sor-update */
	{  3923, TU, 50666 }, /* symb-sb-port */
	{  3924, TU, 30992 }, /* mpl-gprs-port */
	{  3925, TU, 58543 }, /* zmp */
	{  3926, TU, 17599 }, /* winport */
	{  3927, TU, 32410 }, /* natdataservice */
	{  3928, TU, 33307 }, /* netboot-pxe */
	{  3929, TU, 47641 }, /* smauth-port */
	{  3930, TU, 50559 }, /* syam-webserver */
	{  3931, TU, 31757 }, /* msr-plugin-port */
	{  3932, TU, 15149 }, /* dyn-site */
	{  3933, TU, 39856 }, /* plbserve-port */
	{  3934, TU, 50086 }, /* sunfm-port */
	{  3935, TU, 45517 }, /* sdp-portmapper */
	{  3936, TU, 28827 }, /* mailprox */
	{  3937, TU, 14990 }, /* dvbservdsc */
	{  3938, TU, 12510 }, /* dbcontrol-agent */
	{  3939, TU,   759 }, /* aamp */
	{  3940, TU, 57679 }, /* xecp-node */
	{  3941, TU, 21299 }, /* homeportal-web */
	{  3942, TU, 48902 }, /* srdp */
	{  3943, TU, 52233 }, /* tig */
	{  3944, TU, 48408 }, /* sops */
	{  3945, TU, 16039 }, /* emcads */
	{  3946, TU,  5507 }, /* backupedge */
	{  3947, TU, 14730 }, /* ccp */
	{  3948, TU,  3146 }, /* apdap */
	{  3949, TU, 14556 }, /* drip */
	{  3950, TU, 32366 }, /* namemunge */
	{  3951, TU, 41531 }, /* pwgippfax */
	{  3952, TU, 22115 }, /* i3-sessionmgr */
	{  3953, TU, 57847 }, /* xmlink-connect */
	{  3954, TU,  1462 }, /* adrep */
	{  3955, TU, 38183 }, /* p2pcommunity */
	{  3956, TU, 20493 }, /* gvcp */
	{  3957, TU, 31180 }, /* mqe-broker */
	{  3958, TU, 31170 }, /* mqe-agent */
	{  3959, TU, 53029 }, /* treehopper */
	{  3960, TU,  5860 }, /* bess */
	{  3961, TU, 40834 }, /* proaxess */
	{  3962, TU, 44952 }, /* sbi-agent */
	{  3963, TU, 52142 }, /* thrp */
	{  3964, TU, 44910 }, /* sasggprs */
	{  3965, TU,  4665 }, /* ati-ip-to-ncpe */
	{  3966, TU,  5960 }, /* bflckmgr */
	{  3967, TU, 40360 }, /* ppsms */
	{  3968, TU, 22178 }, /* ianywhere-dbns */
	{  3969, TU, 27255 }, /* landmarks */
	{  3970, TU, 27288 }, /* lanrevagent */
	{  3971, TU, 27300 }, /* lanrevserver */
	{  3972, TU, 22971 }, /* iconp */
	{  3973, TU, 40937 }, /* progistics */
	{  3974, TU, 57810 }, /* xk22 */
	{  3975, TU,  2041 }, /* airshot */
	{  3976, TU, 37396 }, /* opswagent */
	{  3977, TU, 37406 }, /* opswmanager */
	{  3978, TU, 45742 }, /* secure-cfg-svr */
	{  3979, TU, 47807 }, /* smwan */
	{  3981, TU, 49260 }, /* starfish */
	{  3982, TU, 15728 }, /* eis */
	{  3983, TU, 15732 }, /* eisp */
	{  3984, TU, 28935 }, /* mapper-nodemgr */
	{  3985, TU, 28920 }, /* mapper-mapethd */
	{  3986, TU, 28950 }, /* mapper-ws-ethd */
	{  3987, TU,  8588 }, /* centerline */
	{  3988, TU, 12641 }, /* dcs-config */
	{  3989, TU,  7280 }, /* bv-queryengine */
	{  3990, TU,  7274 }, /* bv-is */
	{  3991, TU,  7295 }, /* bv-smcsrv */
	{  3992, TU,  7268 }, /* bv-ds */
	{  3993, TU,  7259 }, /* bv-agent */
	{  3995, TU, 25417 }, /* iss-mgmt-ssl */
	{  3996, TU,   827 }, /* abcsoftware */
	{  3997, TU,  1814 }, /* agentsease-db */
	{  3998, TU, 14176 }, /* dnx */
	{  3999, TU, 35991 }, /* nvcnet */
	{  4000, TU, 51991 }, /* terabase */
	{  4001, TU, 34651 }, /* newoak */
	{  4002, TU, 41643 }, /* pxc-spvr-ft */
	{  4003, TU, 41622 }, /* pxc-splr-ft */
	{  4004, TU, 41593 }, /* pxc-roid */
	{  4005, TU, 41585 }, /* pxc-pin */
	{  4006, TU, 41634 }, /* pxc-spvr */
	{  4007, TU, 41613 }, /* pxc-splr */
	{  4008, TU, 33352 }, /* netcheque */
	{  4009, TU,  8940 }, /* chimera-hwm */
	{  4010, TU, 44764 }, /* samsung-unidex */
	{  4011, TU,  2361 }, /* altserviceboot */
	{  4012, TU, 39092 }, /* pda-gate */
	{  4013, TU,  1102 }, /* acl-manager */
	{  4014, TU, 51205 }, /* taiclock */
	{  4015, TU, 51222 }, /* talarian-mcast1 */
	{  4016, TU, 51238 }, /* talarian-mcast2 */
	{  4017, TU, 51254 }, /* talarian-mcast3 */
	{  4018, TU, 51270 }, /* talarian-mcast4 */
	{  4019, TU, 51286 }, /* talarian-mcast5 */
	{  4020, TU, 47987 }, /* trap */
	{  4021, TU, 34723 }, /* nexus-portal */
	{  4022, TU, 14142 }, /* dnox */
	{  4023, TU, 16818 }, /* esnm-zoning */
	{  4024, TU, 52675 }, /* tnp1-port */
	{  4025, TU, 38589 }, /* partimage */
	{  4026, TU,  4124 }, /* as-debug */
	{  4027, TU,  7346 }, /* bxp */
	{  4028, TU, 14949 }, /* dtserver-port */
	{  4029, TU, 24647 }, /* ip-qsig */
	{  4030, TU, 26001 }, /* jdmn-port */
	{  4031, TU, 50271 }, /* suucp */
	{  4032, TU, 55683 }, /* vrts-auth-port */
	{  4033, TU, 44779 }, /* sanavigator */
	{  4034, TU, 53792 }, /* ubxd */
	{  4035, TU, 56121 }, /* wap-push-http */
	{  4036, TU, 56135 }, /* wap-push-https */
	{  4037, TU, 42639 }, /* ravehd */
	{  4038, TU, 17632 }, /* fazzt-ptp */
	{  4039, TU, 17620 }, /* fazzt-admin */
	{  4040, TU, 58319 }, /* yo-main */
	{  4041, TU, 21367 }, /* houston */
	{  4042, TU, 27582 }, /* ldxp */
	{  4043, TU, 35034 }, /* nirp */
	{  4044, TU, 29555 }, /* ltp */
	{  4045, TU, 16303 }, /* npp */
	{  4046, TU,  1200 }, /* acp-proto */
	{  4047, TU, 11669 }, /* ctp-state */
	{  4049, TU,  9328 }, /* wafs */
	{  4050, TU,  9322 }, /* cisco-wafs */
	{  4051, TU, 10866 }, /* cppdp */
	{  4052, TU, 24307 }, /* interact */
	{  4053, TU,  8451 }, /* ccu-comm-1 */
	{  4054, TU,  8462 }, /* ccu-comm-2 */
	{  4055, TU,  8473 }, /* ccu-comm-3 */
	{  4056, TU,  1388 }, /* lms */
	{  4057, TU, 56682 }, /* wfm */
	{  4058, TU, 26802 }, /* kingfisher */
	{  4059, TU, 13971 }, /* dlms-cosem */
	{  4060, TU, 14791 }, /* dsmeter-iatc */
	{  4061, TU, 22609 }, /* ice-location */
	{  4062, TU, 22633 }, /* ice-slocation */
	{  4063, TU, 22622 }, /* ice-router */
	{  4064, TU, 22647 }, /* ice-srouter */
	{  4065, TU,  5108 }, /* avanti-cdp */
	{  4066, TU, 39946 }, /* pmas */
	{  4067, TU, 52210 }, /* idp */
	{  4068, TU, 24754 }, /* ipfltbcst */
	{  4069, TU, 30409 }, /* minger */
	{  4070, TU, 53145 }, /* tripe */
	{  4071, TU,  1925 }, /* aibkup */
	{  4072, TU, 58488 }, /* zieto-sock */
	{  4073, TU, 22129 }, /* iRAPP */
	{  4074, TU,  8611 }, /* cequint-cityid */
	{  4075, TU, 39295 }, /* perimlan */
	{  4076, TU, 45981 }, /* seraph */
	{  4077, U ,  4217 }, /* ascomalarm */
	{  4078, T , 11528 }, /* cssp */
	{  4079, TU, 44829 }, /* santools */
	{  4080, TU, 28253 }, /* lorica-in */
	{  4081, TU, 28263 }, /* lorica-in-sec */
	{  4082, TU, 28277 }, /* lorica-out */
	{  4083, TU, 28288 }, /* lorica-out-sec */
	{  4084, U , 18795 }, /* fortisphere-vm */
	{  4085, T , 17366 }, /* ezmessagesrv */
	{  4086, U , 19055 }, /* ftsync */
	{  4087, T ,  3457 }, /* applusservice */
	{  4088, T , 35661 }, /* npsp */
	{  4089, TU, 36991 }, /* opencore */
	{  4090, TU, 36597 }, /* omasgport */
	{  4091, TU, 17161 }, /* ewinstaller */
	{  4092, TU, 17155 }, /* ewdgs */
	{  4093, TU, 41498 }, /* pvxpluscs */
	{  4094, TU, 51001 }, /* sysrqd */
	{  4095, TU, 58219 }, /* xtgui */
	{  4096, TU,  6956 }, /* bre */
	{  4097, TU, 38716 }, /* patrolview */
	{  4098, TU, 14599 }, /* drmsfsd */
	{  4099, TU, 14473 }, /* dpcp */
	{  4100, TU, 23380 }, /* igo-incognito */
	{  4101, TU,  6992 }, /* brlp-0 */
	{  4102, TU,  6999 }, /* brlp-1 */
	{  4103, TU,  7006 }, /* brlp-2 */
	{  4104, TU,  7013 }, /* brlp-3 */
	{  4105, TU, 46646 }, /* shofar */
	{  4106, TU, 50803 }, /* synchronite */
	{  4107, TU, 25782 }, /* j-ac */
	{  4108, TU,   916 }, /* accel */
	{  4109, TU, 25778 }, /* izm */
	{  4110, TU, 19238 }, /* g2tag */
	{  4111, TU, 57693 }, /* xgrid */
	{  4112, TU,  3378 }, /* apple-vpns-rp */
	{  4113, TU,  2016 }, /* aipn-reg */
	{  4114, TU, 26324 }, /* jomamqmonitor */
	{  4115, TU,  8548 }, /* cds */
	{  4116, TU, 47605 }, /* smartcard-tls */
	{  4117, TU, 21128 }, /* hillrserv */
	{  4118, TU, 34007 }, /* netscript */
	{  4119, TU,  4480 }, /* assuria-slm */
	{  4120, T , 30442 }, /* minirem */
	{  4121, TU, 15229 }, /* e-builder */
	{  4122, TU, 18851 }, /* fprams */
	{  4123, TU, 58327 }, /* z-wave */
	{  4124, TU, 52237 }, /* tigv2 */
	{  4125, TU, 37382 }, /* opsview-envoy */
	{  4126, TU, 12867 }, /* ddrepl */
	{  4127, TU, 54110 }, /* unikeypro */
	{  4128, TU, 35924 }, /* nufw */
	{  4129, TU, 35896 }, /* nuauth */
	{  4130, TU, 18909 }, /* fronet */
	{  4131, TU, 19472 }, /* stars */
	{  4132, TU, 35972 }, /* nuts-dem */
	{  4133, TU, 35961 }, /* nuts-bootp */
	{  4134, TU, 34853 }, /* nifty-hmi */
	{  4135, TU,  9434 }, /* cl-db-attach */
	{  4136, TU,  9460 }, /* cl-db-request */
	{  4137, TU,  9447 }, /* cl-db-remote */
	{  4138, TU, 34157 }, /* nettest */
	{  4139, TU, 52147 }, /* thrtx */
	{  4140, TU,  8559 }, /* cedros-fds */
	{  4141, TU, 36468 }, /* oirtgsvc */
	{  4142, TU, 36453 }, /* oidocsvc */
	{  4143, TU, 36462 }, /* oidsr */
	{  4145, TU, 55938 }, /* vvr-control */
	{  4146, TU, 52085 }, /* tgcconnect */
	{  4147, TU, 55751 }, /* vrxpservman */
	{  4148, TU, 21097 }, /* hhb-handheld */
	{  4149, TU,  1893 }, /* agslb */
	{  4150, TU,   553 }, /* PowerAlert-nsa */
	{  4151, TU, 29778 }, /* menandmice-noh */
	{  4152, TU, 23125 }, /* idig-mux */
	{  4153, TU, 29142 }, /* mbl-battd */
	{  4154, TU,  4680 }, /* atlinks */
	{  4155, TU,  7363 }, /* bzr */
	{  4156, TU, 49340 }, /* stat-results */
	{  4157, TU, 49353 }, /* stat-scanner */
	{  4158, TU, 49332 }, /* stat-cc */
	{  4159, TU, 34505 }, /* nss */
	{  4160, TU, 26207 }, /* jini-discovery */
	{  4161, TU, 36688 }, /* omscontact */
	{  4162, TU, 36712 }, /* omstopology */
	{  4163, TU, 46905 }, /* silverpeakpeer */
	{  4164, TU, 46890 }, /* silverpeakcomm */
	{  4165, TU,  2316 }, /* altcp */
	{  4166, TU, 26338 }, /* joost */
	{  4167, TU, 12690 }, /* ddgn */
	{  4168, TU, 41244 }, /* pslicser */
	{  4169, T , 22135 }, /* iadt */
	{  4169, U , 22140 }, /* iadt-disc */
	{  4170, T , 11992 }, /* d-cinema-csp */
	{  4171, T , 30570 }, /* ml-svnet */
	{  4172, TU, 38950 }, /* pcoip */
	{  4173, U , 30595 }, /* mma-discovery */
	{  4174, T , 47690 }, /* smcluster */
	{  4174, U , 47430 }, /* sm-disc */
	{  4175, T ,  5669 }, /* bccp */
	{  4176, T , 52429 }, /* tl-ipcproxy */
	{  4177, TU, 56643 }, /* wello */
	{  4178, TU, 46449 }, /* storman */
	{  4179, TU,   508 }, /* MaxumSP */
	{  4180, TU, 21952 }, /* httpx */
	{  4181, TU, 28673 }, /* macbak */
	{  4182, TU, 38993 }, /* pcptcpservice */
	{  4183, TU, 11894 }, /* cyborgnet */
	{  4184, TU, 54207 }, /* universe-suite */
	{  4185, TU, 56439 }, /* wcpp */
	{  4186, T ,  6827 }, /* boxbackupstore */
	{  4187, T , 11287 }, /* csc-proxy */
	{  4188, TU, 54629 }, /* vatata */
	{  4189, T , 38868 }, /* pcep */
	{  4190, T , 46766 }, /* sieve */
	{  4191, U , 14804 }, /* dsmipv6 */
	{  4192, T ,  5391 }, /* azeti */
	{  4192, U ,  5397 }, /* azeti-bd */
	{  4193, T , 41508 }, /* pvxplusio */
	{  4194, T , 48544 }, /* spdm */
	{  4195, TU,  5321 }, /* aws-wsp */
	{  4197, TU, 20869 }, /* hctl */
	{  4199, TU, 15717 }, /* eims-admin */
	{  4300, TU, 10709 }, /* corelccam */
	{  4301, TU, 45391 }, /* d-data */
	{  4302, TU, 12018 }, /* d-data-control */
	{  4303, TU, 48897 }, /* srcp */
	{  4304, TU, 46477 }, /* owserver */
	{  4305, TU,  5637 }, /* batman */
	{  4306, TU, 39612 }, /* pinghgl */
	{  4307, TU, 53263 }, /* trueconf */
	{  4308, TU, 10304 }, /* compx-lockview */
	{  4309, TU,  9799 }, /* dserver */
	{  4310, TU, 30508 }, /* mirrtex */
	{  4311, T , 38244 }, /* p6ssmc */
	{  4312, T , 41186 }, /* pscl-mgt */
	{  4313, T , 39326 }, /* perrla */
	{  4314, T ,  8973 }, /* choiceview-agt */
	{  4316, T ,  8988 }, /* choiceview-clt */
	{  4317, T , 37156 }, /* opentelemetry */
	{  4319, TU, 18825 }, /* fox-skytale */
	{  4320, TU, 17811 }, /* fdt-rcatp */
	{  4321, TU, 44469 }, /* rwhois */
	{  4322, TU, 53082 }, /* trim-event */
	{  4323, TU, 53093 }, /* trim-ice */
	{  4325, T , 19711 }, /* geognosisadmin */
	{  4325, U , 19726 }, /* geognosisman */
	{  4326, TU, 19701 }, /* geognosis */
	{  4327, TU, 25911 }, /* jaxer-web */
	{  4328, TU, 25897 }, /* jaxer-manager */
	{  4329, T , 41386 }, /* publiqare-sync */
	{  4330, T , 13246 }, /* dey-sapi */
	{  4331, T , 27034 }, /* ktickets-rest */
	{  4332, T , 19756 }, /* getty-focus */
	{  4333, TU,  1912 }, /* ahsp */
	{  4334, T , 33401 }, /* netconf-ch-ssh */
	{  4335, T , 33416 }, /* netconf-ch-tls */
	{  4336, T , 43372 }, /* restconf-ch-tls */
	{  4340, TU, 19292 }, /* gaia */
	{  4341, U , 27787 }, /* lisp-data */
	{  4342, U , 27774 }, /* lisp-control */
	{  4343, TU, 54003 }, /* unicall */
	{  4344, TU, 55046 }, /* vinainstall */
	{  4345, TU, 28644 }, /* m4-network-as */
	{  4346, TU, 15750 }, /* elanlm */
	{  4347, TU, 27357 }, /* lansurveyor */
	{  4348, TU, 25601 }, /* itose */
	{  4349, TU, 18982 }, /* fsportmap */
	{  4350, TU, 42881 }, /* net-device */
	{  4351, TU, 39870 }, /* plcy-net-svcs */
	{  4352, TU, 39702 }, /* pjlink */
	{  4353, TU, 17419 }, /* f5-iquery */
	{  4354, TU, 41996 }, /* qsnet-trans */
	{  4355, TU, 42008 }, /* qsnet-workst */
	{  4356, TU, 41961 }, /* qsnet-assist */
	{  4357, TU, 41974 }, /* qsnet-cond */
	{  4358, TU, 41985 }, /* qsnet-nucl */
	{  4359, TU, 36584 }, /* omabcastltkm */
	{  4360, T , 29072 }, /* matrix-vnet */
	{  4361, U , 32360 }, /* nacnl */
	{  4362, U ,  1632 }, /* afore-vdp-disc */
	{  4366, U , 46486 }, /* shadowstream */
	{  4368, TU, 57486 }, /* wxbrief */
	{  4369, TU, 16510 }, /* epmd */
	{  4370, TU, 15838 }, /* elpro-tunnel */
	{  4371, T , 27128 }, /* l2c-control */
	{  4371, U , 27149 }, /* l2c-disc */
	{  4372, TU, 27140 }, /* l2c-data */
	{  4373, TU, 43160 }, /* remctl */
	{  4374, T , 41221 }, /* psi-ptt */
	{  4375, TU, 52740 }, /* tolteces */
	{  4376, TU,  6178 }, /* bip */
	{  4377, TU, 10794 }, /* cp-spxsvr */
	{  4378, TU, 10773 }, /* cp-spxdpy */
	{  4379, TU, 11585 }, /* ctdb */
	{  4389, TU, 57594 }, /* xandros-cms */
	{  4390, TU, 56785 }, /* wiegand */
	{  4391, T ,  3662 }, /* apwi-imserver */
	{  4392, T ,  3676 }, /* apwi-rxserver */
	{  4393, T ,  3690 }, /* apwi-rxspooler */
	{  4394, U ,  3652 }, /* apwi-disc */
	{  4395, TU, 36660 }, /* omnivisionesx */
	{  4396, T , 14552 }, /* fly */
	{  4400, TU, 14643 }, /* ds-srv */
	{  4401, TU, 14650 }, /* ds-srvr */
	{  4402, TU, 14620 }, /* ds-clnt */
	{  4403, TU, 14658 }, /* ds-user */
	{  4404, TU, 45545 }, /* ds-admin */
	{  4405, TU, 14628 }, /* ds-mail */
	{  4406, TU, 14636 }, /* ds-slp */
	{  4407, T , 32351 }, /* nacagent */
	{  4408, T , 47407 }, /* slscc */
	{  4409, T , 33319 }, /* netcabinet-com */
	{  4410, T , 25630 }, /* itwo-server */
	{  4411, T , 18819 }, /* found */
	{  4412, U , 47509 }, /* smallchat */
	{  4413, T ,  5165 }, /* avi-nms */
	{  4413, U ,  5173 }, /* avi-nms-disc */
	{  4414, T , 54271 }, /* updog */
	{  4415, T ,  6922 }, /* brcd-vr-req */
	{  4416, T , 39675 }, /* pjj-player */
	{  4416, U , 39686 }, /* pjj-player-disc */
	{  4417, T , 57104 }, /* workflowdir */
	{  4418, U ,  5374 }, /* axysbridge */
	{  4419, T ,  8322 }, /* cbp */
	{  4420, TU, 36002 }, /* nvme */
	{  4421, T , 44966 }, /* scaleft */
	{  4422, T , 53334 }, /* tsepisp */
	{  4423, T , 52121 }, /* thingkit */
	{  4425, TU, 33975 }, /* netrockey6 */
	{  4426, TU,  5777 }, /* beacon-port-2 */
	{  4427, T , 14576 }, /* drizzle */
	{  4428, T , 36734 }, /* omviserver */
	{  4429, T , 36724 }, /* omviagent */
	{  4430, TU, 44115 }, /* rsqlserver */
	{  4431, T , 57337 }, /* wspipe */
	{  4432, TU, 27116 }, /* l-acoustics */
	{  4433, T , 55492 }, /* vop */
	{  4441, U , 33287 }, /* netblox */
	{  4442, TU, 44884 }, /* saris */
	{  4443, TU, 39457 }, /* pharos */
	{  4444, TU, 26963 }, /* krb524 */
	{  4445, TU, 54277 }, /* upnotifyp */
	{  4446, TU, 32277 }, /* n1-fwp */
	{  4447, TU, 32284 }, /* n1-rmgmt */
	{  4448, TU,  4199 }, /* asc-slmd */
	{  4449, TU, 40709 }, /* privatewire */
	{  4450, TU,  7803 }, /* camp */
	{  4451, TU, 11649 }, /* ctisystemmsg */
	{  4452, TU, 11634 }, /* ctiprogramload */
	{  4453, TU, 35799 }, /* nssalertmgr */
	{  4454, TU, 35787 }, /* nssagentmgr */
	{  4455, TU, 40461 }, /* prchat-user */
	{  4456, TU, 40447 }, /* prchat-server */
	{  4457, TU, 40422 }, /* prRegister */
	{  4458, TU, 13118 }, /* mcp */
	{  4460, T , 35862 }, /* ntske */
	{  4484, TU, 21720 }, /* hpssmgmt */
	{  4485, T ,  4492 }, /* assyst-dr */
	{  4486, TU, 22952 }, /* icms */
	{  4487, T , 40568 }, /* prex-tcp */
	{  4488, TU,  5285 }, /* awacs-ice */
	{  4500, TU, 24829 }, /* ipsec-nat-t */
	{  4534, U ,  3979 }, /* armagetronad */
	{  4535, TU, 15667 }, /* ehs */
	{  4536, TU, 15671 }, /* ehs-ssl */
	{  4537, TU, 57344 }, /* wssauthsvc */
	{  4538, TU, 50509 }, /* swx-gate */
	{  4545, TU, 57151 }, /* worldscores */
	{  4546, TU, 46263 }, /* sf-lm */
	{  4547, TU, 27278 }, /* lanner-lm */
	{  4548, TU, 50747 }, /* synchromesh */
	{  4549, TU,  1524 }, /* aegate */
	{  4550, TU, 19579 }, /* gds-adppiw-db */
	{  4551, TU, 23251 }, /* ieee-mih */
	{  4552, TU, 29763 }, /* menandmice-mon */
	{  4553, T , 23008 }, /* icshostsvc */
	{  4554, TU, 31520 }, /* msfrs */
	{  4555, TU, 44081 }, /* rsip */
	{  4556, TU, 14908 }, /* dtn-bundle */
	{  4557, U , 31828 }, /* mtcevrunqss */
	{  4558, U , 31815 }, /* mtcevrunqman */
	{  4559, TU, 22026 }, /* hylafax */
	{  4563, T ,  2376 }, /* amahi-anywhere */
	{  4566, TU, 27089 }, /* kwtc */
	{  4567, TU, 52922 }, /* tram */
	{  4568, TU,  6545 }, /* bmc-reporting */
	{  4569, TU, 22316 }, /* iax */
	{  4570, T , 13141 }, /* deploymentmap */
	{  4573, T ,  8142 }, /* cardifftec-back */
	{  4590, T , 21999 }, /* rid */
	{  4591, TU, 27198 }, /* l3t-at-an */
	{  4592, U , 21840 }, /* hrpd-ith-at-an */
	{  4593, TU, 24847 }, /* ipt-anri-anri */
	{  4594, TU, 22245 }, /* ias-session */
	{  4595, TU, 22226 }, /* ias-paging */
	{  4596, TU, 22213 }, /* ias-neighbor */
	{  4597, TU,   674 }, /* a21-an-1xbs */
	{  4598, TU,   654 }, /* a16-an-an */
	{  4599, TU,   664 }, /* a17-an-an */
	{  4600, TU, 39632 }, /* piranha1 */
	{  4601, TU, 39641 }, /* piranha2 */
	{  4602, T , 31918 }, /* mtsserver */
	{  4603, T , 29793 }, /* menandmice-upg */
	{  4604, T , 25177 }, /* irp */
	{  4605, T , 47180 }, /* sixchat */
	{  4606, T , 47188 }, /* sixid */
	{  4621, U , 54753 }, /* ventoso */
	{  4646, TU, 14418 }, /* dots-signal */
	{  4658, TU, 39830 }, /* playsta2-app */
	{  4659, TU, 39843 }, /* playsta2-lob */
	{  4660, TU, 47491 }, /* smaclmgr */
	{  4661, TU, 26613 }, /* kar2ouche */
	{  4662, TU, 37609 }, /* oms */
	{  4663, TU, 35410 }, /* noteit */
	{  4664, TU, 21605 }, /* ems */
	{  4665, TU, 10531 }, /* contclientms */
	{  4666, TU, 16530 }, /* eportcomm */
	{  4667, TU, 30609 }, /* mmacomm */
	{  4668, TU, 30617 }, /* mmaeds */
	{  4669, TU, 16540 }, /* eportcommdata */
	{  4670, TU, 16662 }, /* light */
	{  4671, TU,  1248 }, /* acter */
	{  4672, TU, 43435 }, /* rfa */
	{  4673, TU, 11856 }, /* cxws */
	{  4674, TU,  3343 }, /* appiq-mgmt */
	{  4675, TU, 13381 }, /* dhct-status */
	{  4676, TU, 13369 }, /* dhct-alerts */
	{  4677, TU,  5689 }, /* bcs */
	{  4678, TU, 52976 }, /* traversal */
	{  4679, TU, 30147 }, /* mgesupervision */
	{  4680, TU, 30133 }, /* mgemanagement */
	{  4681, TU, 38542 }, /* parliant */
	{  4682, TU, 18167 }, /* finisar */
	{  4683, TU, 48652 }, /* spike */
	{  4684, TU, 43447 }, /* rfid-rp1 */
	{  4685, TU,  5033 }, /* autopac */
	{  4686, TU, 31750 }, /* msp-os */
	{  4687, TU, 50267 }, /* nst */
	{  4688, TU, 30723 }, /* mobile-p2p */
	{  4689, TU,  2347 }, /* altovacentral */
	{  4690, TU, 40536 }, /* prelude */
	{  4691, TU, 31868 }, /* mtn */
	{  4692, TU, 10492 }, /* conspiracy */
	{  4700, TU, 34532 }, /* netxms-agent */
	{  4701, TU, 34545 }, /* netxms-mgmt */
	{  4702, TU, 34557 }, /* netxms-sync */
	{  4703, T , 35650 }, /* npqes-test */
	{  4704, T ,  4468 }, /* assuria-ins */
	{  4711, TU, 53102 }, /* trinity-dist */
	{  4725, TU, 53246 }, /* truckstar */
	{  4726, U ,   686 }, /* a26-fap-fgw */
	{  4727, T , 17681 }, /* fcis */
	{  4727, U , 17686 }, /* fcis-disc */
	{  4728, TU,  8057 }, /* capmux */
	{  4729, U , 20352 }, /* gsmtap */
	{  4730, TU, 19600 }, /* gearman */
	{  4731, T , 43153 }, /* remcap */
	{  4732, U , 36429 }, /* ohmtrigger */
	{  4733, T , 43325 }, /* resorcs */
	{  4737, TU, 24707 }, /* ipdr-sp */
	{  4738, TU, 48303 }, /* solera-lpn */
	{  4739, TU, 24741 }, /* ipfix */
	{  4740, TU, 24747 }, /* ipfixs */
	{  4741, TU, 28490 }, /* lumimgrd */
	{  4742, T , 46729 }, /* sicct */
	{  4742, U , 46735 }, /* sicct-sdp */
	{  4743, TU, 37020 }, /* openhpid */
	{  4744, TU, 23352 }, /* ifsp */
	{  4745, TU, 43468 }, /* fmp */
	{  4746, U , 24266 }, /* intelliadm-disc */
	{  4747, U ,  7238 }, /* buschtrommel */
	{  4749, TU, 40889 }, /* profilemac */
	{  4750, TU, 48978 }, /* ssad */
	{  4751, TU, 48716 }, /* spocp */
	{  4752, TU, 47832 }, /* snap */
	{  4753, T , 46996 }, /* simon */
	{  4753, U , 47002 }, /* simon-disc */
	{  4754, U , 20162 }, /* gre-in-udp */
	{  4755, U , 20173 }, /* gre-udp-dtls */
	{  4756, T ,   568 }, /* RDCenter */
	{  4774, T , 10583 }, /* converge */
	{  4784, TU,  5946 }, /* bfd-multi-ctl */
	{  4785, U ,  9807 }, /* cncp */
	{  4786, T , 47567 }, /* smart-install */
	{  4787, T , 46709 }, /* sia-ctrl-plane */
	{  4788, T , 57831 }, /* xmcp */
	{  4789, U , 55984 }, /* vxlan */
	{  4790, U , 55990 }, /* vxlan-gpe */
	{  4791, U , 43827 }, /* roce */
	{  4792, TU, 54041 }, /* unified-bus */
	{  4800, TU, 23414 }, /* iims */
	{  4801, TU, 25748 }, /* iwec */
	{  4802, TU, 23428 }, /* ilss */
	{  4803, T , 35387 }, /* notateit */
	{  4803, U , 35396 }, /* notateit-disc */
	{  4804, U ,  2071 }, /* aja-ntv4-disc */
	{  4827, TU, 21885 }, /* htcp */
	{  4837, TU, 54580 }, /* varadero-0 */
	{  4838, TU, 54591 }, /* varadero-1 */
	{  4839, TU, 54602 }, /* varadero-2 */
	{  4840, T , 36954 }, /* opcua-tcp */
	{  4840, U , 36974 }, /* opcua-udp */
	{  4841, TU, 42237 }, /* quosa */
	{  4842, TU, 20498 }, /* gw-asv */
	{  4843, TU, 36964 }, /* opcua-tls */
	{  4844, TU, 20518 }, /* gw-log */
	{  4845, TU, 56444 }, /* wcr-remlib */
	{  4846, TU, 10518 }, /* contamac-icm */
	{  4847, TU, 56678 }, /* wfc */
	{  4848, TU,  3485 }, /* appserv-http */
	{  4849, TU,  3498 }, /* appserv-https */
	{  4850, TU, 49818 }, /* sun-as-nodeagt */
	{  4851, TU, 13155 }, /* derby-repli */
	{  4867, TU, 54073 }, /* unify-debug */
	{  4868, TU, 39518 }, /* phrelay */
	{  4869, TU, 39526 }, /* phrelaydbg */
	{  4870, TU,  8339 }, /* cc-tracking */
	{  4871, TU, 56998 }, /* wired */
	{  4876, TU, 53192 }, /* tritium-can */
	{  4877, TU, 28011 }, /* lmcs */
	{  4878, U , 24109 }, /* inst-discovery */
	{  4879, T , 57257 }, /* wsdl-event */
	{  4880, T , 21177 }, /* hislip */
	{  4881, U , 48216 }, /* socp-t */
	{  4882, U , 48209 }, /* socp-c */
	{  4883, T , 57058 }, /* wmlserver */
	{  4884, TU, 21190 }, /* hivestor */
	{  4885, TU,   822 }, /* abbs */
	{  4888, T , 57631 }, /* xcap-portal */
	{  4889, T , 57618 }, /* xcap-control */
	{  4894, TU, 28589 }, /* lyskom */
	{  4899, TU, 42372 }, /* radmin-port */
	{  4900, TU, 21067 }, /* hfcs */
	{  4901, T , 18641 }, /* flr-agent */
	{  4902, T , 28769 }, /* magiccontrol */
	{  4912, T , 28504 }, /* lutap */
	{  4913, T , 28510 }, /* lutcp */
	{  4914, TU,  6727 }, /* bones */
	{  4915, T , 18881 }, /* frcs */
	{  4936, U ,  2726 }, /* an-signaling */
	{  4937, U ,  4742 }, /* atsc-mh-ssc */
	{  4940, TU, 16575 }, /* eq-office-4940 */
	{  4941, TU, 16590 }, /* eq-office-4941 */
	{  4942, TU, 16605 }, /* eq-office-4942 */
	{  4949, TU, 31985 }, /* munin */
	{  4950, TU, 50617 }, /* sybasesrvmon */
	{  4951, TU, 41548 }, /* pwgwims */
	{  4952, TU, 44647 }, /* sagxtsds */
	{  4953, T , 12609 }, /* dbsyncarbiter */
	{  4969, TU,  8423 }, /* ccss-qmm */
	{  4970, TU,  8432 }, /* ccss-qsm */
	{  4971, T ,  7226 }, /* burp */
	{  4980, U , 11713 }, /* ctxs-vpp */
	{  4984, T , 56635 }, /* webyast */
	{  4985, T , 19749 }, /* gerhcs */
	{  4986, TU, 31191 }, /* mrip */
	{  4987, TU, 47524 }, /* smar-se-port1 */
	{  4988, TU, 47538 }, /* smar-se-port2 */
	{  4989, TU, 38522 }, /* parallel */
	{  4990, TU,  7251 }, /* busycal */
	{  4991, TU, 55637 }, /* vrt */
	{  4999, TU, 21072 }, /* hfcs-manager */
	{  5000, TU, 10159 }, /* commplex-main */
	{  5001, TU, 10145 }, /* commplex-link */
	{  5002, TU, 43443 }, /* rfe */
	{  5003, TU, 18674 }, /* fmpro-internal */
	{  5004, TU,  5257 }, /* avt-profile-1 */
	{  5005, TU,  5271 }, /* avt-profile-2 */
	{  5006, TU, 57276 }, /* wsm-server */
	{  5007, TU, 57287 }, /* wsm-server-ssl */
	{  5008, TU, 50724 }, /* synapsis-edge */
	{  5009, TU, 56881 }, /* winfs */
	{  5010, TU, 51862 }, /* telelpathstart */
	{  5011, TU, 51846 }, /* telelpathattack */
	{  5012, TU, 16480 }, /* nsp */
	{  5013, TU, 18689 }, /* fmpro-v6 */
	{  5014, U , 36806 }, /* onpsocket */
	{  5015, T , 18718 }, /* fmwp */
	{  5020, TU, 58415 }, /* zenginkyo-1 */
	{  5021, TU, 58427 }, /* zenginkyo-2 */
	{  5022, TU, 30198 }, /* mice */
	{  5023, TU, 21958 }, /* htuilsrv */
	{  5024, TU, 45266 }, /* scpi-telnet */
	{  5025, TU, 45257 }, /* scpi-raw */
	{  5026, TU, 49578 }, /* strexec-d */
	{  5027, TU, 49588 }, /* strexec-s */
	{  5028, T , 42250 }, /* qvr */
	{  5029, TU, 23804 }, /* infobright */
	{  5031, U , 32869 }, /* dmp */
	{  5032, T , 46802 }, /* signacert-agent */
	{  5033, T , 26404 }, /* jtnetd-server */
	{  5034, T , 26418 }, /* jtnetd-status */
	{  5042, TU,  4364 }, /* asnaacceler8db */
	{  5043, TU, 50518 }, /* swxadmin */
	{  5044, TU, 28577 }, /* lxi-evntsvc */
	{  5045, T , 37907 }, /* osp */
	{  5046, U , 55547 }, /* vpm-udp */
	{  5047, U , 25108 }, /* iscape */
	{  5048, T , 52056 }, /* texai */
	{  5049, TU, 25670 }, /* ivocalize */
	{  5050, TU, 30637 }, /* mmcc */
	{  5051, TU, 25444 }, /* ita-agent */
	{  5052, TU, 25454 }, /* ita-manager */
	{  5053, T , 43611 }, /* rlm */
	{  5053, U , 43625 }, /* rlm-disc */
	{  5054, T , 43615 }, /* rlm-admin */
	{  5055, TU, 54254 }, /* unot */
	{  5056, TU, 24172 }, /* intecom-ps1 */
	{  5057, TU, 24184 }, /* intecom-ps2 */
	{  5058, U , 28144 }, /* locus-disc */
	{  5059, TU, 44652 }, /* sds */
	{  5060, TU, 16787 }, /* sip */
	{  5061, TU, 47099 }, /* sips */
	{  5062, TU, 32334 }, /* na-localise */
	{  5063, T , 11517 }, /* csrpc */
	{  5064, TU,  7393 }, /* ca-1 */
	{  5065, TU,  7398 }, /* ca-2 */
	{  5066, TU, 49227 }, /* stanag-5066 */
	{  5067, TU,  4937 }, /* authentx */
	{  5068, T ,  6199 }, /* bitforestsrv */
	{  5069, TU, 22092 }, /* i-net-2000-npr */
	{  5070, TU, 55914 }, /* vtsas */
	{  5071, TU, 40297 }, /* powerschool */
	{  5072, TU,  5385 }, /* ayiya */
	{  5073, TU, 51188 }, /* tag-pm */
	{  5074, TU,  2142 }, /* alesquery */
	{  5075, T , 41464 }, /* pvaccess */
	{  5078, U , 39663 }, /* pixelpusher */
	{  5079, U , 10783 }, /* cp-spxrpts */
	{  5080, TU, 36816 }, /* onscreen */
	{  5081, TU, 45463 }, /* sdl-ets */
	{  5082, TU, 41725 }, /* qcp */
	{  5083, TU, 41747 }, /* qfp */
	{  5084, TU, 16247 }, /* llrp */
	{  5085, TU, 16237 }, /* encrypted-llrp */
	{  5086, T ,  3554 }, /* aprigo-cs */
	{  5087, T ,  6171 }, /* biotic */
	{  5092, U , 28801 }, /* magpie */
	{  5093, TU, 45938 }, /* sentinel-lm */
	{  5094, TU, 20828 }, /* hart-ip */
	{  5099, TU, 45962 }, /* sentlm-srv2srv */
	{  5100, TU, 48174 }, /* socalia */
	{  5101, T , 51315 }, /* talarian-tcp */
	{  5101, U , 51328 }, /* talarian-udp */
	{  5102, TU, 36674 }, /* oms-nonsecure */
	{  5103, T ,  1254 }, /* actifio-c2c */
	{  5104, U , 52360 }, /* tinymessage */
	{  5105, U , 21980 }, /* hughes-ap */
	{  5106, T ,  1280 }, /* actifioudsagent */
	{  5107, T ,  1266 }, /* actifioreplic */
	{  5111, TU, 51176 }, /* taep-as-svc */
	{  5112, TU, 39936 }, /* pm-cmdsvr */
	{  5114, T , 17046 }, /* ev-services */
	{  5115, T ,  4946 }, /* autobuild */
	{  5116, U , 15907 }, /* emb-proj-cmd */
	{  5117, T , 20127 }, /* gradecam */
	{  5120, TU,  5623 }, /* barracuda-bbs */
	{  5133, TU, 32585 }, /* nbt-pc */
	{  5134, T , 40337 }, /* ppactivation */
	{  5135, T , 16680 }, /* erp-scale */
	{  5136, U , 30459 }, /* minotaur-sa */
	{  5137, TU, 11679 }, /* ctsd */
	{  5145, TU, 43695 }, /* rmonitor-secure */
	{  5146, T , 48182 }, /* social-alarm */
	{  5150, TU,  4712 }, /* atmp */
	{  5151, TU, 16881 }, /* esri-sde */
	{  5152, TU, 45435 }, /* sde-discovery */
	{  5154, TU,  7356 }, /* bzflag */
	{  5155, TU,  4228 }, /* asctrl-agent */
	{  5156, T , 44423 }, /* rugameonline */
	{  5157, T , 29645 }, /* mediat */
	{  5161, T , 47971 }, /* snmpssh */
	{  5162, T , 47979 }, /* snmpssh-trap */
	{  5163, T , 44944 }, /* sbackup */
	{  5164, T , 55519 }, /* vpa */
	{  5164, U , 55523 }, /* vpa-disc */
	{  5165, TU, 23315 }, /* ife-icorp */
	{  5166, TU, 56914 }, /* winpcs */
	{  5167, TU, 45323 }, /* scte104 */
	{  5168, TU, 45331 }, /* scte30 */
	{  5172, T , 38956 }, /* pcoip-mgmt */
	{  5190, TU,  2927 }, /* aol */
	{  5191, TU,  2931 }, /* aol-1 */
	{  5192, TU,  2937 }, /* aol-2 */
	{  5193, TU,  2943 }, /* aol-3 */
	{  5194, T , 10922 }, /* cpscomm */
	{  5195, T ,  2499 }, /* ampl-lic */
	{  5196, T ,  2508 }, /* ampl-tableproxy */
	{  5197, T , 53553 }, /* tunstall-lwp */
	{  5200, TU, 51478 }, /* targus-getdata */
	{  5201, TU, 51493 }, /* targus-getdata1 */
	{  5202, TU, 51509 }, /* targus-getdata2 */
	{  5203, TU, 51525 }, /* targus-getdata3 */
	{  5209, T , 35355 }, /* nomad */
	{  5215, T , 35427 }, /* noteza */
	{  5221, T ,   136 }, /* 3exmp */
	{  5222, T , 57921 }, /* xmpp-client */
	{  5223, TU, 21759 }, /* hpvirtgrp */
	{  5224, TU, 21748 }, /* hpvirtctrl */
	{  5225, TU, 21544 }, /* hp-server */
	{  5226, TU, 21565 }, /* hp-status */
	{  5227, TU, 39289 }, /* perfd */
	{  5228, T , 21803 }, /* hpvroom */
	{  5229, T , 25921 }, /* jaxflow */
	{  5230, T , 25929 }, /* jaxflow-data */
	{  5231, T , 11202 }, /* crusecontrol */
	{  5232, T , 11346 }, /* csedaemon */
	{  5233, T , 16252 }, /* enfs */
	{  5234, TU, 15571 }, /* eenet */
	{  5235, TU, 19297 }, /* galaxy-network */
	{  5236, TU, 38290 }, /* padl2sim */
	{  5237, TU, 30648 }, /* mnet-discovery */
	{  5242, T ,  4810 }, /* attune */
	{  5243, T , 58293 }, /* xycstatus */
	{  5245, T , 14435 }, /* downtools */
	{  5245, U , 14445 }, /* downtools-disc */
	{  5246, U ,  8072 }, /* capwap-control */
	{  5247, U ,  8087 }, /* capwap-data */
	{  5248, TU,  7459 }, /* caacws */
	{  5249, TU,  7449 }, /* caaclang2 */
	{  5250, TU, 48153 }, /* soagateway */
	{  5251, TU,  7647 }, /* caevms */
	{  5252, TU, 30918 }, /* movaz-ssc */
	{  5253, T , 26950 }, /* kpdp */
	{  5254, T , 28173 }, /* logcabin */
	{  5264, TU,    49 }, /* 3com-njack-1 */
	{  5265, TU,    62 }, /* 3com-njack-2 */
	{  5269, T , 57933 }, /* xmpp-server */
	{  5270, TU,  8185 }, /* cartographerxmp */
	{  5271, T , 11722 }, /* cuelink */
	{  5271, U , 11730 }, /* cuelink-disc */
	{  5272, TU, 39709 }, /* pk */
	{  5280, T , 57911 }, /* xmpp-bosh */
	{  5281, T , 53988 }, /* undo-lm */
	{  5282, TU, 52936 }, /* transmit-port */
	{  5298, TU, 40544 }, /* presence */
	{  5299, TU, 35063 }, /* nlg-data */
	{  5300, TU, 20707 }, /* hacl-hb */
	{  5301, TU, 20699 }, /* hacl-gs */
	{  5302, TU, 20690 }, /* hacl-cfg */
	{  5303, TU, 20749 }, /* hacl-probe */
	{  5304, TU, 20715 }, /* hacl-local */
	{  5305, TU, 20768 }, /* hacl-test */
	{  5306, TU, 49847 }, /* sun-mc-grp */
	{  5307, TU, 45105 }, /* sco-aip */
	{  5308, TU,  8716 }, /* cfengine */
	{  5309, TU, 26361 }, /* jprinter */
	{  5310, TU, 37965 }, /* outlaws */
	{  5312, TU, 39314 }, /* permabit-cs */
	{  5313, TU, 43973 }, /* rrdp */
	{  5314, TU, 36877 }, /* opalis-rbt-ipc */
	{  5315, TU, 20739 }, /* hacl-poll */
	{  5316, T , 21599 }, /* hpbladems */
	{  5317, T , 21609 }, /* hpdevms */
	{  5318, T , 39748 }, /* pkix-cmc */
	{  5320, T ,  7060 }, /* bsfserver-zn */
	{  5321, T ,  7073 }, /* bsfsvr-zn-ssl */
	{  5343, TU, 26748 }, /* kfserver */
	{  5344, TU, 57815 }, /* xkotodrcp */
	{  5349, TU, 49667 }, /* stuns */
	{  5350, U , 38979 }, /* pcp-multicast */
	{  5351, U ,  2722 }, /* pcp */
	{  5352, TU, 14155 }, /* dns-llq */
	{  5353, TU, 29486 }, /* mdns */
	{  5354, TU, 29491 }, /* mdnsresponder */
	{  5355, TU, 27908 }, /* llmnr */
	{  5356, TU, 31387 }, /* ms-smlbiz */
	{  5357, TU, 57241 }, /* wsdapi */
	{  5358, TU, 57248 }, /* wsdapi-s */
	{  5359, TU, 31215 }, /* ms-alerter */
	{  5360, TU, 31375 }, /* ms-sideshow */
	{  5361, TU, 31350 }, /* ms-s-sideshow */
	{  5362, TU, 46166 }, /* serverwsd2 */
	{  5363, TU, 33039 }, /* net-projection */
	{  5364, U , 26672 }, /* kdnet */
	{  5397, TU, 49565 }, /* stresstester */
	{  5398, TU, 15784 }, /* elektron-admin */
	{  5399, TU, 45779 }, /* securitychase */
	{  5400, TU, 17218 }, /* excerpt */
	{  5401, TU, 17226 }, /* excerpts */
	{  5402, TU, 30086 }, /* mftp */
	{  5403, TU, 21653 }, /* hpoms-ci-lstn */
	{  5404, TU, 21667 }, /* hpoms-dps-lstn */
	{  5405, TU, 34134 }, /* netsupport */
	{  5406, TU, 51041 }, /* systemics-sox */
	{  5407, TU, 18767 }, /* foresyte-clear */
	{  5408, TU, 18782 }, /* foresyte-sec */
	{  5409, TU, 44688 }, /* salient-dtasrv */
	{  5410, TU, 44715 }, /* salient-usrmgr */
	{  5411, TU,  1320 }, /* actnet */
	{  5412, TU, 10558 }, /* continuus */
	{  5413, TU, 57457 }, /* wwiotalk */
	{  5414, TU, 49398 }, /* statusd */
	{  5415, TU, 52702 }, /* ns-server */
	{  5416, TU, 48075 }, /* sns-gateway */
	{  5417, TU, 48037 }, /* sns-agent */
	{  5418, TU, 29304 }, /* mcntp */
	{  5419, TU, 13922 }, /* dj-ice */
	{  5420, TU, 11941 }, /* cylink-c */
	{  5421, TU, 34145 }, /* netsupport2 */
	{  5422, TU, 44703 }, /* salient-mux */
	{  5423, TU, 55142 }, /* virtualuser */
	{  5424, TU,  5885 }, /* beyond-remote */
	{  5425, TU,  6900 }, /* br-channel */
	{  5426, TU, 13207 }, /* devbasic */
	{  5427, TU, 45135 }, /* sco-peer-tta */
	{  5428, TU, 51823 }, /* telaconsole */
	{  5429, TU, 31404 }, /* base */
	{  5430, TU, 42298 }, /* radec-corp */
	{  5431, TU, 38531 }, /* park-agent */
	{  5432, TU, 40200 }, /* postgresql */
	{  5433, TU, 41655 }, /* pyrrho */
	{  5434, TU, 46381 }, /* sgi-arrayd */
	{  5435, TU, 45022 }, /* sceanics */
	{  5436, U , 39991 }, /* pmip6-cntl */
	{  5437, U , 40002 }, /* pmip6-data */
	{  5443, TU, 48770 }, /* spss */
	{  5445, T , 47653 }, /* smbdirect */
	{  5450, T , 52214 }, /* tiepie */
	{  5450, U , 52221 }, /* tiepie-disc */
	{  5453, TU, 50232 }, /* surebox */
	{  5454, TU,  3029 }, /* apc-5454 */
	{  5455, TU,  3038 }, /* apc-5455 */
	{  5456, TU,  3047 }, /* apc-5456 */
	{  5461, TU, 46852 }, /* silkmeter */
	{  5462, TU, 53445 }, /* ttl-publisher */
	{  5463, TU, 53459 }, /* ttlpriceproxy */
	{  5464, TU, 42068 }, /* quailnet */
	{  5465, TU, 33836 }, /* netops-broker */
	{  5470, T ,  3564 }, /* apsolab-col */
	{  5471, T ,  3576 }, /* apsolab-cols */
	{  5472, T ,  3614 }, /* apsolab-tag */
	{  5473, T ,  3626 }, /* apsolab-tags */
	{  5474, U ,  3602 }, /* apsolab-rpc */
	{  5475, T ,  3589 }, /* apsolab-data */
	{  5500, TU, 17730 }, /* fcp-addr-srvr1 */
	{  5501, TU, 17745 }, /* fcp-addr-srvr2 */
	{  5502, TU, 17773 }, /* fcp-srvr-inst1 */
	{  5503, TU, 17788 }, /* fcp-srvr-inst2 */
	{  5504, TU, 17760 }, /* fcp-cics-gw1 */
	{  5505, TU,  8861 }, /* checkoutdb */
	{  5506, TU,  2415 }, /* amc */
	{  5507, T , 41229 }, /* psl-management */
	{  5540, TU, 29084 }, /* matter */
	{  5543, T , 41755 }, /* qftest-licserve */
	{  5550, T , 21648 }, /* cbus */
	{  5553, TU, 46415 }, /* sgi-eventmond */
	{  5554, TU, 46403 }, /* sgi-esphttp */
	{  5555, TU, 39341 }, /* personal-agent */
	{  5556, TU, 18886 }, /* freeciv */
	{  5557, T , 17523 }, /* farenet */
	{  5565, T , 14460 }, /* dp-bura */
	{  5566, T , 56649 }, /* westec-connect */
	{  5567, TU, 14276 }, /* dof-dps-mc-sec */
	{  5568, TU, 45571 }, /* sdt */
	{  5569, T , 42866 }, /* rdmnet-ctrl */
	{  5569, U , 42878 }, /* rdmnet-device */
	{  5573, TU, 45471 }, /* sdmmp */
	{  5574, T , 28409 }, /* lsi-bobcat */
	{  5575, T , 37551 }, /* ora-oap */
	{  5579, T , 17821 }, /* fdtracks */
	{  5580, TU, 52541 }, /* tmosms0 */
	{  5581, TU, 52549 }, /* tmosms1 */
	{  5582, TU, 17429 }, /* fac-restore */
	{  5583, TU, 52516 }, /* tmo-icon-sync */
	{  5584, TU,  6191 }, /* bis-web */
	{  5585, TU,  6182 }, /* bis-sync */
	{  5586, T ,  4754 }, /* att-mt-sms */
	{  5597, TU, 23934 }, /* ininmessaging */
	{  5598, TU, 29421 }, /* mctfeed */
	{  5599, TU, 16776 }, /* esinstall */
	{  5600, TU, 16807 }, /* esmmanager */
	{  5601, TU, 16798 }, /* esmagent */
	{  5602, TU,   632 }, /* a1-msc */
	{  5603, TU,   626 }, /* a1-bs */
	{  5604, TU,   710 }, /* a3-sdunode */
	{  5605, TU,   721 }, /* a4-sdunode */
	{  5618, T , 15627 }, /* efr */
	{  5627, TU, 35009 }, /* ninaf */
	{  5628, TU, 21890 }, /* htrust */
	{  5629, TU, 50639 }, /* symantec-sfdb */
	{  5630, TU, 40473 }, /* precise-comm */
	{  5631, TU, 38815 }, /* pcanywheredata */
	{  5632, TU, 38830 }, /* pcanywherestat */
	{  5633, TU,  5831 }, /* beorl */
	{  5634, TU, 58116 }, /* xprtld */
	{  5635, T , 46294 }, /* sfmsso */
	{  5636, T , 46280 }, /* sfm-db-server */
	{  5637, T , 11523 }, /* cssc */
	{  5638, T , 18586 }, /* flcrs */
	{  5639, T , 24868 }, /* ics */
	{  5646, T , 54952 }, /* vfmobile */
	{  5666, T , 35680 }, /* nrpe */
	{  5670, T , 17984 }, /* filemq */
	{  5670, U , 58554 }, /* zre-disc */
	{  5671, TU,  2560 }, /* amqps */
	{  5672, TU,  2555 }, /* amqp */
	{  5673, TU, 49957 }, /* jms */
	{  5674, TU, 22063 }, /* hyperscsi-port */
	{  5675, TU, 54505 }, /* v5ua */
	{  5676, TU, 42260 }, /* raadmin */
	{  5677, TU, 42176 }, /* questdb2-lnchr */
	{  5678, TU, 43968 }, /* rrac */
	{  5679, TU, 12627 }, /* dccm */
	{  5680, TU,  4878 }, /* auriga-router */
	{  5681, TU, 32771 }, /* ncxcp */
	{  5682, U ,  6981 }, /* brightcore */
	{  5683, TU,  9848 }, /* coap */
	{  5684, TU,  9853 }, /* coaps */
	{  5687, U , 20024 }, /* gog-multiplayer */
	{  5688, TU, 19776 }, /* ggz */
	{  5689, TU, 41851 }, /* qmvideo */
	{  5693, T , 42763 }, /* rbsystem */
	{  5696, T , 26870 }, /* kmip */
	{  5700, T , 50209 }, /* supportassist */
	{  5705, T , 49484 }, /* storageos */
	{  5713, TU, 41046 }, /* proshareaudio */
	{  5714, TU, 41104 }, /* prosharevideo */
	{  5715, TU, 41060 }, /* prosharedata */
	{  5716, TU, 41088 }, /* prosharerequest */
	{  5717, TU, 41073 }, /* prosharenotify */
	{  5718, TU, 14498 }, /* dpm */
	{  5719, TU, 14510 }, /* dpm-agent */
	{  5720, TU, 31271 }, /* ms-licensing */
	{  5721, TU, 14940 }, /* dtpt */
	{  5722, TU, 31491 }, /* msdfsr */
	{  5723, TU, 36622 }, /* omhs */
	{  5724, TU, 36699 }, /* omsdk */
	{  5725, T , 31247 }, /* ms-ilm */
	{  5726, T , 31254 }, /* ms-ilm-sts */
	{  5727, T ,  4287 }, /* asgenf */
	{  5728, T , 24567 }, /* io-dist-data */
	{  5728, U , 24580 }, /* io-dist-group */
	{  5729, TU, 44504 }, /* openmail */
	{  5730, TU, 54034 }, /* unieng */
	{  5741, TU, 23026 }, /* ida-discover1 */
	{  5742, TU, 23040 }, /* ida-discover2 */
	{  5743, TU, 56313 }, /* watchdoc-pod */
	{  5744, TU, 56304 }, /* watchdoc */
	{  5745, TU, 17703 }, /* fcopy-server */
	{  5746, TU, 17716 }, /* fcopys-server */
	{  5747, TU, 53516 }, /* tunatic */
	{  5748, TU, 53506 }, /* tunalyzer */
	{  5750, TU, 44057 }, /* rscd */
	{  5755, TU, 37036 }, /* openmailg */
	{  5757, TU, 57556 }, /* x500ms */
	{  5766, TU, 37046 }, /* openmailns */
	{  5767, TU, 44502 }, /* s-openmail */
	{  5768, TU, 37057 }, /* openmailpxy */
	{  5769, TU, 48722 }, /* spramsca */
	{  5770, TU, 48731 }, /* spramsd */
	{  5771, TU, 33097 }, /* netagent */
	{  5777, TU, 49247 }, /* starfield-io */
	{  5780, T , 55906 }, /* vts-rpc */
	{  5781, TU,   186 }, /* 3par-evts */
	{  5782, TU,   196 }, /* 3par-mgmt */
	{  5783, TU,   206 }, /* 3par-mgmt-ssl */
	{  5784, U , 22341 }, /* ibar */
	{  5785, TU,   220 }, /* 3par-rcopy */
	{  5786, U ,  9243 }, /* cisco-redu */
	{  5787, U , 56045 }, /* waascluster */
	{  5793, TU, 58233 }, /* xtreamx */
	{  5794, U , 48549 }, /* spdp */
	{  5798, T , 16285 }, /* enlabel-dpl */
	{  5813, TU, 22946 }, /* icmpd */
	{  5814, TU, 48783 }, /* spt-automation */
	{  5820, T ,  5041 }, /* autopassdaemon */
	{  5841, T , 46544 }, /* shiprush-d-ch */
	{  5842, T , 43418 }, /* reversion */
	{  5859, TU, 56725 }, /* wherehoo */
	{  5863, TU, 40366 }, /* ppsuitemsg */
	{  5868, T , 13519 }, /* diameters */
	{  5883, T , 26437 }, /* jute */
	{  5900, TU, 43439 }, /* rfb */
	{  5903, TU, 17891 }, /* ff-ice */
	{  5904, TU,  1800 }, /* ag-swim */
	{  5905, TU,  4337 }, /* asmgcs */
	{  5906, TU, 43909 }, /* rpas-c2 */
	{  5907, TU, 14679 }, /* dsd */
	{  5908, TU, 24841 }, /* ipsma */
	{  5909, TU,  1845 }, /* agma */
	{  5910, TU,  4734 }, /* ats-atn */
	{  5911, TU,  4724 }, /* ats-acars */
	{  5912, TU,  2057 }, /* ais-met */
	{  5913, TU,  2907 }, /* aoc-acars */
	{  5963, TU, 23750 }, /* indy */
	{  5968, TU, 31115 }, /* mppolicy-v5 */
	{  5969, TU, 31102 }, /* mppolicy-mgr */
	{  5984, TU, 10748 }, /* couchdb */
	{  5985, TU, 57302 }, /* wsman */
	{  5986, TU, 57308 }, /* wsmans */
	{  5987, TU, 56421 }, /* wbem-rmi */
	{  5988, TU, 56400 }, /* wbem-http */
	{  5989, TU, 56410 }, /* wbem-https */
	{  5990, TU, 56385 }, /* wbem-exp-https */
	{  5991, TU, 35981 }, /* nuxsl */
	{  5992, TU, 10503 }, /* consul-insight */
	{  5993, T ,  9047 }, /* cim-rs */
	{  5994, T , 43724 }, /* rms-agent */
	{  5999, TU, 11845 }, /* cvsup */
	{  6000, TU, 57530 }, /* x11 */
	{  6001, TU, 57530 }, /* x11 */
	{  6002, TU, 57530 }, /* x11 */
	{  6003, TU, 57530 }, /* x11 */
	{  6004, TU, 57530 }, /* x11 */
	{  6005, TU, 57530 }, /* x11 */
	{  6006, TU, 57530 }, /* x11 */
	{  6007, TU, 57530 }, /* x11 */
	{  6008, TU, 57530 }, /* x11 */
	{  6009, TU, 57530 }, /* x11 */
	{  6010, TU, 57530 }, /* x11 */
	{  6011, TU, 57530 }, /* x11 */
	{  6012, TU, 57530 }, /* x11 */
	{  6013, TU, 57530 }, /* x11 */
	{  6014, TU, 57530 }, /* x11 */
	{  6015, TU, 57530 }, /* x11 */
	{  6016, TU, 57530 }, /* x11 */
	{  6017, TU, 57530 }, /* x11 */
	{  6018, TU, 57530 }, /* x11 */
	{  6019, TU, 57530 }, /* x11 */
	{  6020, TU, 57530 }, /* x11 */
	{  6021, TU, 57530 }, /* x11 */
	{  6022, TU, 57530 }, /* x11 */
	{  6023, TU, 57530 }, /* x11 */
	{  6024, TU, 57530 }, /* x11 */
	{  6025, TU, 57530 }, /* x11 */
	{  6026, TU, 57530 }, /* x11 */
	{  6027, TU, 57530 }, /* x11 */
	{  6028, TU, 57530 }, /* x11 */
	{  6029, TU, 57530 }, /* x11 */
	{  6030, TU, 57530 }, /* x11 */
	{  6031, TU, 57530 }, /* x11 */
	{  6032, TU, 57530 }, /* x11 */
	{  6033, TU, 57530 }, /* x11 */
	{  6034, TU, 57530 }, /* x11 */
	{  6035, TU, 57530 }, /* x11 */
	{  6036, TU, 57530 }, /* x11 */
	{  6037, TU, 57530 }, /* x11 */
	{  6038, TU, 57530 }, /* x11 */
	{  6039, TU, 57530 }, /* x11 */
	{  6040, TU, 57530 }, /* x11 */
	{  6041, TU, 57530 }, /* x11 */
	{  6042, TU, 57530 }, /* x11 */
	{  6043, TU, 57530 }, /* x11 */
	{  6044, TU, 57530 }, /* x11 */
	{  6045, TU, 57530 }, /* x11 */
	{  6046, TU, 57530 }, /* x11 */
	{  6047, TU, 57530 }, /* x11 */
	{  6048, TU, 57530 }, /* x11 */
	{  6049, TU, 57530 }, /* x11 */
	{  6050, TU, 57530 }, /* x11 */
	{  6051, TU, 57530 }, /* x11 */
	{  6052, TU, 57530 }, /* x11 */
	{  6053, TU, 57530 }, /* x11 */
	{  6054, TU, 57530 }, /* x11 */
	{  6055, TU, 57530 }, /* x11 */
	{  6056, TU, 57530 }, /* x11 */
	{  6057, TU, 57530 }, /* x11 */
	{  6058, TU, 57530 }, /* x11 */
	{  6059, TU, 57530 }, /* x11 */
	{  6060, TU, 57530 }, /* x11 */
	{  6061, TU, 57530 }, /* x11 */
	{  6062, TU, 57530 }, /* x11 */
	{  6063, TU, 57530 }, /* x11 */
	{  6064, TU, 32785 }, /* ndl-ahp-svc */
	{  6065, TU, 56921 }, /* winpharaoh */
	{  6066, TU, 17148 }, /* ewctsp */
	{  6068, T , 20337 }, /* gsmp-ancp */
	{  6069, TU, 53140 }, /* trip */
	{  6070, TU, 29879 }, /* messageasap */
	{  6071, TU, 49015 }, /* ssdtp */
	{  6072, TU, 13440 }, /* diagnose-proc */
	{  6073, TU, 13720 }, /* directplay8 */
	{  6074, TU, 29091 }, /* max */
	{  6075, T , 14502 }, /* dpm-acm */
	{  6076, T , 31526 }, /* msft-dpm-cert */
	{  6077, T , 22977 }, /* iconstructsrv */
	{  6080, U , 20458 }, /* gue */
	{  6081, U , 19638 }, /* geneve */
	{  6082, U , 38176 }, /* p25cai */
	{  6083, U , 30172 }, /* miami-bcast */
	{  6084, T , 43139 }, /* reload-config */
	{  6085, TU, 26916 }, /* konspire2b */
	{  6086, TU, 39151 }, /* pdtp */
	{  6087, TU, 27577 }, /* ldss */
	{  6088, T , 14325 }, /* doglms */
	{  6088, U , 14332 }, /* doglms-notify */
	{  6099, T , 42695 }, /* raxa-mgmt */
	{  6100, TU, 50759 }, /* synchronet-db */
	{  6101, TU, 50773 }, /* synchronet-rtc */
	{  6102, TU, 50788 }, /* synchronet-upd */
	{  6103, TU, 43404 }, /* rets */
	{  6104, TU, 12540 }, /* dbdb */
	{  6105, TU, 40582 }, /* primaserver */
	{  6106, TU, 31144 }, /* mpsserver */
	{  6107, TU, 16939 }, /* etc-control */
	{  6108, TU, 45988 }, /* sercomm-scadmin */
	{  6109, TU, 19901 }, /* globecast-id */
	{  6110, TU, 48233 }, /* softcm */
	{  6111, TU, 48529 }, /* spc */
	{  6112, TU, 14963 }, /* dtspcd */
	{  6113, T , 12430 }, /* dayliteserver */
	{  6114, T , 57220 }, /* wrspice */
	{  6115, T , 57699 }, /* xic */
	{  6116, T , 58225 }, /* xtlserv */
	{  6117, T , 12444 }, /* daylitetouch */
	{  6118, U , 52392 }, /* tipc */
	{  6121, T , 48554 }, /* spdy */
	{  6122, TU,  5865 }, /* bex-webadmin */
	{  6123, TU,  5492 }, /* backup-express */
	{  6124, TU, 40076 }, /* pnbs */
	{  6130, T , 12209 }, /* damewaremobgtwy */
	{  6133, TU, 32592 }, /* nbt-wol */
	{  6140, TU, 41401 }, /* pulsonixnls */
	{  6141, TU, 29906 }, /* meta-corp */
	{  6142, TU,  4429 }, /* aspentec-lm */
	{  6143, TU, 56363 }, /* watershed-lm */
	{  6144, TU, 49366 }, /* statsci1-lm */
	{  6145, TU, 49378 }, /* statsci2-lm */
	{  6146, TU, 28182 }, /* lonewolf-lm */
	{  6147, TU, 30853 }, /* montage-lm */
	{  6148, TU, 43494 }, /* ricardo-lm */
	{  6149, TU, 51214 }, /* tal-pod */
	{  6159, T , 15577 }, /* efb-aci */
	{  6160, T ,  3133 }, /* ecmp */
	{  6160, U , 15358 }, /* ecmp-data */
	{  6161, TU, 38667 }, /* patrol-ism */
	{  6162, TU, 38655 }, /* patrol-coll */
	{  6163, TU, 41195 }, /* pscribe */
	{  6200, TU, 28006 }, /* lm-x */
	{  6201, U , 52100 }, /* thermo-calc */
	{  6209, TU, 41845 }, /* qmtps */
	{  6222, TU, 42384 }, /* radmind */
	{  6241, T , 26083 }, /* jeol-nsdtp-1 */
	{  6241, U , 26031 }, /* jeol-nsddp-1 */
	{  6242, T , 26096 }, /* jeol-nsdtp-2 */
	{  6242, U , 26044 }, /* jeol-nsddp-2 */
	{  6243, T , 26109 }, /* jeol-nsdtp-3 */
	{  6243, U , 26057 }, /* jeol-nsddp-3 */
	{  6244, T , 26122 }, /* jeol-nsdtp-4 */
	{  6244, U , 26070 }, /* jeol-nsddp-4 */
	{  6251, TU, 52460 }, /* tl1-raw-ssl */
	{  6252, TU, 52472 }, /* tl1-ssh */
	{  6253, TU, 11109 }, /* crip */
	{  6267, T , 19842 }, /* gld */
	{  6268, TU, 23395 }, /* grid */
	{  6269, TU, 20201 }, /* grid-alt */
	{  6300, TU,  6421 }, /* bmc-grx */
	{  6301, TU,  6379 }, /* bmc-ctd-ldap */
	{  6306, TU, 53890 }, /* ufmp */
	{  6315, T , 45353 }, /* scup */
	{  6315, U , 45358 }, /* scup-disc */
	{  6316, TU,   795 }, /* abb-escp */
	{  6317, T , 32504 }, /* nav-data-cmd */
	{  6317, U , 32495 }, /* nav-data */
	{  6318, T , 24605 }, /* iona-data */
	{  6320, TU, 43289 }, /* repsvc */
	{  6321, TU, 16114 }, /* emp-server1 */
	{  6322, TU, 16126 }, /* emp-server2 */
	{  6324, T , 21811 }, /* hrd-ncs */
	{  6324, U , 21819 }, /* hrd-ns-disc */
	{  6325, T , 14862 }, /* dt-mgmtsvc */
	{  6326, T , 14873 }, /* dt-vra */
	{  6343, TU, 46274 }, /* sflow */
	{  6344, T , 49556 }, /* streletz */
	{  6346, TU, 19988 }, /* gnutella-svc */
	{  6347, TU, 19975 }, /* gnutella-rtr */
	{  6350, TU,  1335 }, /* adap */
	{  6355, TU, 39971 }, /* pmcs */
	{  6360, TU, 29944 }, /* metaedit-mu */
	{  6363, U , 32879 }, /* ndn */
	{  6370, TU, 29956 }, /* metaedit-se */
	{  6379, T , 43017 }, /* redis */
	{  6382, TU, 30026 }, /* metatude-mds */
	{  6389, TU,  9474 }, /* clariion-evr01 */
	{  6390, TU, 29968 }, /* metaedit-ws */
	{  6417, TU, 17570 }, /* faxcomservice */
	{  6418, T , 50931 }, /* syserverremote */
	{  6419, T , 50294 }, /* svdrp */
	{  6419, U , 50300 }, /* svdrp-disc */
	{  6420, TU, 34894 }, /* nim-vdrshell */
	{  6421, TU, 34907 }, /* nim-wan */
	{  6432, T , 39431 }, /* pgbouncer */
	{  6440, T , 20970 }, /* heliosd */
	{  6442, T , 51541 }, /* tarp */
	{  6443, TU, 49896 }, /* sun-sr-https */
	{  6444, TU, 46369 }, /* sge-qmaster */
	{  6445, TU, 46359 }, /* sge-execd */
	{  6446, TU, 32230 }, /* mysql-proxy */
	{  6455, TU, 47224 }, /* skip-cert-recv */
	{  6456, TU, 47239 }, /* skip-cert-send */
	{  6464, TU, 23282 }, /* ieee11073-20701 */
	{  6471, TU, 28566 }, /* lvision-lm */
	{  6480, TU, 49884 }, /* sun-sr-http */
	{  6481, TU, 46212 }, /* servicetags */
	{  6482, TU, 27534 }, /* ldoms-mgmt */
	{  6483, TU,   577 }, /* SunVTS-RMI */
	{  6484, TU, 49950 }, /* sun-sr-jms */
	{  6485, TU, 49909 }, /* sun-sr-iiop */
	{  6486, TU, 49937 }, /* sun-sr-iiops */
	{  6487, TU, 49921 }, /* sun-sr-iiop-aut */
	{  6488, TU, 49961 }, /* sun-sr-jmx */
	{  6489, TU, 49871 }, /* sun-sr-admin */
	{  6500, TU,  6672 }, /* boks */
	{  6501, TU,  6688 }, /* boks-servc */
	{  6502, TU,  6699 }, /* boks-servm */
	{  6503, TU,  6677 }, /* boks-clntd */
	{  6505, TU,  5556 }, /* badm-priv */
	{  6506, TU,  5566 }, /* badm-pub */
	{  6507, TU,  5742 }, /* bdir-priv */
	{  6508, TU,  5752 }, /* bdir-pub */
	{  6509, TU, 30119 }, /* mgcs-mfp-port */
	{  6510, TU, 29249 }, /* mcer-port */
	{  6511, U , 12632 }, /* dccp-udp */
	{  6513, T , 33443 }, /* netconf-tls */
	{  6514, TU, 50976 }, /* syslog-tls */
	{  6515, TU, 15814 }, /* elipse-rec */
	{  6543, TU, 27556 }, /* lds-distrib */
	{  6544, TU, 27568 }, /* lds-dump */
	{  6547, TU,  3056 }, /* apc-6547 */
	{  6548, TU,  3065 }, /* apc-6548 */
	{  6549, TU,  3074 }, /* apc-6549 */
	{  6550, TU, 17938 }, /* fg-sysupdate */
	{  6551, TU,  8892 }, /* sum */
	{  6556, T ,  8847 }, /* checkmk-agent */
	{  6558, TU, 57667 }, /* xdsxdm */
	{  6566, TU, 44801 }, /* sane-port */
	{  6568, T ,  7895 }, /* canit-store */
	{  6568, U , 43895 }, /* rp-reputation */
	{  6579, TU,  1622 }, /* affiliate */
	{  6580, TU, 38563 }, /* parsec-master */
	{  6581, TU, 38577 }, /* parsec-peer */
	{  6582, TU, 38551 }, /* parsec-game */
	{  6583, TU, 26303 }, /* joaJewelSuite */
	{  6600, T , 31658 }, /* mshvlm */
	{  6601, T , 31783 }, /* mstmg-sstp */
	{  6602, T , 57355 }, /* wsscomfrmwk */
	{  6619, TU, 36249 }, /* odette-ftps */
	{  6620, TU, 26762 }, /* kftp-data */
	{  6621, TU, 26757 }, /* kftp */
	{  6622, TU, 29259 }, /* mcftp */
	{  6623, TU, 27012 }, /* ktelnet */
	{  6624, T , 12350 }, /* datascaler-db */
	{  6625, T , 12335 }, /* datascaler-ctl */
	{  6626, TU, 56089 }, /* wago-service */
	{  6627, TU, 34682 }, /* nexgen */
	{  6628, TU,  1613 }, /* afesc-mc */
	{  6629, TU, 34689 }, /* nexgen-aux */
	{  6632, T , 32089 }, /* mxodbc-connect */
	{  6633, U ,  9306 }, /* cisco-vpath-tun */
	{  6634, U , 31006 }, /* mpls-pm */
	{  6635, U , 31014 }, /* mpls-udp */
	{  6636, U , 31023 }, /* mpls-udp-dtls */
	{  6640, T , 38088 }, /* ovsdb */
	{  6653, TU, 37011 }, /* openflow */
	{  6655, T , 39015 }, /* pcs-sf-ui-man */
	{  6656, T , 16107 }, /* emgmsg */
	{  6657, U , 38409 }, /* palcom-disc */
	{  6665, T , 24949 }, /* ircu */
	{  6666, T , 24949 }, /* ircu */
	{  6667, T , 24949 }, /* ircu */
	{  6668, T , 24949 }, /* ircu */
	{  6669, T , 24949 }, /* ircu */
	{  6670, TU, 55401 }, /* vocaltec-gold */
	{  6671, TU, 38223 }, /* p4p-portal */
	{  6672, TU, 55183 }, /* vision-server */
	{  6673, TU, 55171 }, /* vision-elmd */
	{  6678, T , 54937 }, /* vfbp */
	{  6678, U , 54942 }, /* vfbp-disc */
	{  6679, TU, 37855 }, /* osaut */
	{  6687, T ,  9531 }, /* clever-ctrace */
	{  6688, T ,  9545 }, /* clever-tcpip */
	{  6689, TU, 53299 }, /* tsa */
	{  6690, T ,  9558 }, /* cleverdetect */
	{  6696, U ,  5452 }, /* babel */
	{  6697, T , 24942 }, /* ircs-u */
	{  6699, U ,  5458 }, /* babel-dtls */
	{  6701, TU, 27020 }, /* kti-icad-srvr */
	{  6702, TU, 15239 }, /* e-design-net */
	{  6703, TU, 15252 }, /* e-design-web */
	{  6714, TU, 22536 }, /* ibprotocol */
	{  6715, TU, 17960 }, /* fibotrader-com */
	{  6716, T , 40594 }, /* princity-agent */
	{  6767, TU,  6504 }, /* bmc-perf-agent */
	{  6768, TU,  6519 }, /* bmc-perf-mgrd */
	{  6769, TU,  1366 }, /* adi-gxp-srvprt */
	{  6770, TU, 39911 }, /* plysrv-http */
	{  6771, TU, 39923 }, /* plysrv-https */
	{  6777, T , 35884 }, /* ntz-tracker */
	{  6778, T , 35868 }, /* ntz-p2p-storage */
	{  6784, U ,  5938 }, /* bfd-lag */
	{  6785, TU, 13288 }, /* dgpf-exchg */
	{  6786, TU, 47682 }, /* smc-jmx */
	{  6787, TU, 47663 }, /* smc-admin */
	{  6788, TU, 47673 }, /* smc-http */
	{  6789, T , 42309 }, /* radg */
	{  6790, TU, 21294 }, /* hnmp */
	{  6791, TU, 21290 }, /* hnm */
	{  6801, TU,  5519 }, /* acnet */
	{  6817, T , 39244 }, /* pentbox-sim */
	{  6831, TU,  2406 }, /* ambit-lm */
	{  6841, TU, 33656 }, /* netmo-default */
	{  6842, TU, 33670 }, /* netmo-http */
	{  6850, TU, 22597 }, /* iccrushmore */
	{  6868, T ,   986 }, /* acctopus-cc */
	{  6868, U ,   998 }, /* acctopus-st */
	{  6888, TU, 32011 }, /* muse */
	{  6900, T , 44295 }, /* rtimeviewer */
	{  6901, T , 26189 }, /* jetstream */
	{  6924, TU, 48671 }, /* split-ping */
	{  6935, TU, 17012 }, /* ethoscan */
	{  6936, TU, 58184 }, /* xsmsvc */
	{  6946, TU,  6161 }, /* bioserver */
	{  6951, TU, 37934 }, /* otlp */
	{  6961, TU, 26231 }, /* jmact3 */
	{  6962, TU, 26270 }, /* jmevt2 */
	{  6963, TU, 50426 }, /* swismgr1 */
	{  6964, TU, 50435 }, /* swismgr2 */
	{  6965, TU, 50452 }, /* swistrap */
	{  6966, TU, 50444 }, /* swispol */
	{  6969, TU,  1146 }, /* acmsoda */
	{  6970, T , 10376 }, /* conductor */
	{  6980, U , 41888 }, /* qolyester */
	{  6997, TU,   516 }, /* MobilitySrv */
	{  6998, TU, 22288 }, /* iatp-highpri */
	{  6999, TU, 22301 }, /* iatp-normalpri */
	{  7000, TU,  1699 }, /* afs3-fileserver */
	{  7001, TU,  1673 }, /* afs3-callback */
	{  7002, TU,  1729 }, /* afs3-prserver */
	{  7003, TU,  1767 }, /* afs3-vlserver */
	{  7004, TU,  1715 }, /* afs3-kaserver */
	{  7005, TU,  1781 }, /* afs3-volser */
	{  7006, TU,  1687 }, /* afs3-errors */
	{  7007, TU,  1664 }, /* afs3-bos */
	{  7008, TU,  1755 }, /* afs3-update */
	{  7009, TU,  1743 }, /* afs3-rmtsys */
	{  7010, TU, 54309 }, /* ups-onlinet */
	{  7011, TU, 51373 }, /* talon-disc */
	{  7012, TU, 51384 }, /* talon-engine */
	{  7013, TU, 30306 }, /* microtalon-dis */
	{  7014, TU, 30291 }, /* microtalon-com */
	{  7015, TU, 51397 }, /* talon-webserver */
	{  7016, TU, 48629 }, /* spg */
	{  7017, TU, 20145 }, /* grasp */
	{  7018, T , 18286 }, /* fisa-svc */
	{  7019, T , 14205 }, /* doceri-ctl */
	{  7019, U , 14216 }, /* doceri-view */
	{  7020, TU, 14520 }, /* dpserve */
	{  7021, TU, 14528 }, /* dpserveadmin */
	{  7022, TU, 11602 }, /* ctdp */
	{  7023, TU, 11572 }, /* ct2nmcs */
	{  7024, TU, 55320 }, /* vmsvc */
	{  7025, TU, 55326 }, /* vmsvc-2 */
	{  7026, T , 28240 }, /* loreji-panel */
	{  7030, TU, 36868 }, /* op-probe */
	{  7031, T , 24805 }, /* iposplanet */
	{  7040, U , 42153 }, /* quest-disc */
	{  7070, TU,  3760 }, /* arcp */
	{  7071, TU, 25753 }, /* iwg1 */
	{  7072, T , 22320 }, /* iba-cfg */
	{  7072, U , 22328 }, /* iba-cfg-disc */
	{  7073, T , 29002 }, /* martalk */
	{  7080, TU, 16161 }, /* empowerid */
	{  7088, U , 58528 }, /* zixi-transport */
	{  7095, U , 26011 }, /* jdp-disc */
	{  7099, TU, 27432 }, /* lazy-ptop */
	{  7100, TU, 18754 }, /* font-service */
	{  7101, TU, 15767 }, /* elcn */
	{  7107, U ,  1598 }, /* aes-x170 */
	{  7117, T , 43867 }, /* rothaga */
	{  7121, TU, 55091 }, /* virprot-lm */
	{  7123, T , 47878 }, /* snif */
	{  7128, TU, 45039 }, /* scenidm */
	{  7129, TU, 45031 }, /* scenccs */
	{  7161, TU,  7492 }, /* cabsm-comm */
	{  7162, TU,  7683 }, /* caistoragemgr */
	{  7163, TU,  7511 }, /* cacsambroker */
	{  7164, TU, 31494 }, /* fsr */
	{  7165, TU, 14180 }, /* doc-server */
	{  7166, TU,  4111 }, /* aruba-server */
	{  7167, T ,  8235 }, /* casrmagent */
	{  7168, T ,  9794 }, /* cnckadserver */
	{  7169, TU,  8351 }, /* ccag-pib */
	{  7170, TU, 35770 }, /* nsrp */
	{  7171, TU, 14584 }, /* drm-production */
	{  7172, T , 29989 }, /* metalbend */
	{  7173, T , 58563 }, /* zsecure */
	{  7174, TU,  9704 }, /* clutild */
	{  7181, U , 25844 }, /* janus-disc */
	{  7200, TU, 18738 }, /* fodms */
	{  7201, TU, 13966 }, /* dlip */
	{  7202, T , 40145 }, /* pon-ictp */
	{  7215, T ,   543 }, /* PS-Server */
	{  7216, T ,   528 }, /* PS-Capture-Pro */
	{  7227, TU, 42516 }, /* ramp */
	{  7228, T ,  9401 }, /* citrixupp */
	{  7229, T ,  9411 }, /* citrixuppg */
	{  7234, T ,  4150 }, /* asa-gateways */
	{  7235, U ,  4389 }, /* aspcoordination */
	{  7236, T , 33070 }, /* display */
	{  7237, T , 38299 }, /* pads */
	{  7244, T , 18858 }, /* frc-hicp */
	{  7244, U , 18867 }, /* frc-hicp-disc */
	{  7262, TU,  9789 }, /* cnap */
	{  7272, TU, 56338 }, /* watchme-7272 */
	{  7273, TU, 36558 }, /* oma-rlp */
	{  7274, TU, 36566 }, /* oma-rlp-s */
	{  7275, TU, 36576 }, /* oma-ulp */
	{  7276, TU, 36522 }, /* oma-ilp */
	{  7277, TU, 36530 }, /* oma-ilp-s */
	{  7278, TU, 36510 }, /* oma-dcdocbs */
	{  7279, TU, 11706 }, /* ctxlic */
	{  7280, TU, 25472 }, /* itactionserver1 */
	{  7281, TU, 25488 }, /* itactionserver2 */
	{  7282, T , 32254 }, /* mzca-action */
	{  7282, U , 32266 }, /* mzca-alert */
	{  7283, T , 19693 }, /* genstat */
	{  7365, TU, 27496 }, /* lcm-server */
	{  7391, TU, 30387 }, /* mindfilesys */
	{  7392, TU, 31200 }, /* mrssrendezvous */
	{  7393, TU, 34740 }, /* nfoldman */
	{  7394, TU, 18978 }, /* fse */
	{  7395, TU, 56946 }, /* winqedit */
	{  7397, TU, 21038 }, /* hexarc */
	{  7400, TU, 44358 }, /* rtps-discovery */
	{  7401, TU, 44347 }, /* rtps-dd-ut */
	{  7402, TU, 44336 }, /* rtps-dd-mt */
	{  7410, TU, 24615 }, /* ionixnetmon */
	{  7411, TU, 12247 }, /* daqstream */
	{  7420, U , 24794 }, /* ipluminary */
	{  7421, TU, 31886 }, /* mtportmon */
	{  7426, TU, 39984 }, /* pmdmgr */
	{  7427, TU, 38019 }, /* oveadmgr */
	{  7428, TU, 38035 }, /* ovladmgr */
	{  7429, TU, 37228 }, /* opi-sock */
	{  7430, TU, 57945 }, /* xmpv7 */
	{  7431, TU,  6891 }, /* pmd */
	{  7437, TU, 17584 }, /* faximum */
	{  7443, TU, 37635 }, /* oracleas-https */
	{  7471, T , 49619 }, /* sttunnel */
	{  7473, TU, 43580 }, /* rise */
	{  7474, T , 32965 }, /* neo4j */
	{  7478, T , 37029 }, /* openit */
	{  7491, TU, 51953 }, /* telops-lmd */
	{  7500, TU, 46841 }, /* silhouette */
	{  7501, TU, 38013 }, /* ovbus */
	{  7508, T ,  1361 }, /* adcp */
	{  7509, T ,  1210 }, /* acplt */
	{  7510, TU, 38028 }, /* ovhpas */
	{  7511, TU, 38304 }, /* pafec-lm */
	{  7542, TU, 44875 }, /* saratoga */
	{  7543, TU,  4817 }, /* atul */
	{  7544, TU, 35842 }, /* nta-ds */
	{  7545, TU, 35849 }, /* nta-us */
	{  7546, TU,  8735 }, /* cfs */
	{  7547, TU, 11851 }, /* cwmp */
	{  7548, TU, 52209 }, /* tidp */
	{  7549, TU, 35079 }, /* nls-tl */
	{  7550, U ,  9662 }, /* cloudsignaling */
	{  7551, T , 10568 }, /* controlone-con */
	{  7560, TU, 56827 }, /* sncp */
	{  7563, T ,  8787 }, /* cfw */
	{  7566, TU, 55828 }, /* vsi-omega */
	{  7569, T , 13033 }, /* dell-eql-asm */
	{  7570, TU,  3931 }, /* aries-kfinder */
	{  7574, T , 51787 }, /* coherence */
	{  7574, U , 10001 }, /* coherence-disc */
	{  7575, T , 57398 }, /* wtmi-panel */
	{  7588, TU, 49840 }, /* sun-lm */
	{  7606, TU, 30471 }, /* mipi-debug */
	{  7624, TU, 23691 }, /* indi */
	{  7626, T , 46982 }, /* simco */
	{  7627, TU,  2641 }, /* soap-http */
	{  7628, TU, 58406 }, /* zen-pawn */
	{  7629, TU, 57652 }, /* xdas */
	{  7630, T , 27174 }, /* hawk */
	{  7631, T , 52033 }, /* tesla-sys-msg */
	{  7633, TU, 39976 }, /* pmdfmgt */
	{  7648, TU, 11788 }, /* cuseeme */
	{  7663, TU, 31330 }, /* rome */
	{  7672, T , 23565 }, /* imqstomp */
	{  7673, T , 23574 }, /* imqstomps */
	{  7674, TU, 23594 }, /* imqtunnels */
	{  7675, TU, 23584 }, /* imqtunnel */
	{  7676, TU, 23554 }, /* imqbrokerd */
	{  7677, TU, 49972 }, /* sun-user-https */
	{  7680, TU, 31241 }, /* ms-do */
	{  7683, T , 14092 }, /* dmt */
	{  7687, T ,  6722 }, /* bolt */
	{  7689, TU, 10031 }, /* collaber */
	{  7690, T , 48494 }, /* sovd */
	{  7697, TU, 26844 }, /* klio */
	{  7700, T , 15885 }, /* em7-secom */
	{  7707, TU, 50738 }, /* sync-em7 */
	{  7708, TU, 45074 }, /* scinet */
	{  7720, TU, 29667 }, /* medimageportal */
	{  7724, TU, 35716 }, /* nsdeepfreezectl */
	{  7725, TU, 35039 }, /* nitrogen */
	{  7726, TU, 18894 }, /* freezexservice */
	{  7727, TU, 53064 }, /* trident-data */
	{  7728, TU, 37929 }, /* osvr */
	{  7734, TU, 47706 }, /* smip */
	{  7738, TU,  1917 }, /* aiagent */
	{  7741, TU, 45298 }, /* scriptview */
	{  7742, T , 31778 }, /* msss */
	{  7743, TU, 49203 }, /* sstp-1 */
	{  7744, TU, 42606 }, /* raqmon-pdu */
	{  7747, TU, 40577 }, /* prgp */
	{  7775, T , 23761 }, /* inetfs */
	{  7777, TU,  8335 }, /* cbt */
	{  7778, TU, 24421 }, /* interwise */
	{  7779, TU, 46249 }, /* vstat */
	{  7781, TU,  1010 }, /* accu-lmgr */
	{  7784, U , 44496 }, /* s-bfd */
	{  7786, TU, 30450 }, /* minivend */
	{  7787, TU, 40170 }, /* popup-reminders */
	{  7789, TU, 36366 }, /* office-tools */
	{  7794, TU, 41662 }, /* q3ade */
	{  7797, TU, 40090 }, /* pnet-conn */
	{  7798, TU, 40100 }, /* pnet-enc */
	{  7799, TU,  2308 }, /* altbsdp */
	{  7800, TU,  4453 }, /* asr */
	{  7801, TU, 49127 }, /* ssp-client */
	{  7802, U , 55356 }, /* vns-tp */
	{  7810, TU, 42780 }, /* rbt-wanopt */
	{  7845, TU,  3083 }, /* apc-7845 */
	{  7846, TU,  3092 }, /* apc-7846 */
	{  7847, T , 11414 }, /* csoauth */
	{  7869, T , 30734 }, /* mobileanalyzer */
	{  7870, T , 42772 }, /* rbt-smc */
	{  7871, T , 29482 }, /* mdm */
	{  7872, U , 30482 }, /* mipv6tls */
	{  7878, T , 38146 }, /* owms */
	{  7880, TU, 43033 }, /* pss */
	{  7887, TU, 53784 }, /* ubroker */
	{  7900, TU, 30062 }, /* mevent */
	{  7901, TU, 52654 }, /* tnos-sp */
	{  7902, TU, 52637 }, /* tnos-dp */
	{  7903, TU, 52645 }, /* tnos-dps */
	{  7913, TU, 41878 }, /* qo-secure */
	{  7932, TU, 51113 }, /* t2-drm */
	{  7933, TU, 51106 }, /* t2-brm */
	{  7962, TU, 19626 }, /* generalsync */
	{  7967, TU, 50190 }, /* supercell */
	{  7979, TU, 30239 }, /* micromuse-ncps */
	{  7980, TU, 42164 }, /* quest-vista */
	{  7981, T , 48440 }, /* sossd-collect */
	{  7982, T , 48428 }, /* sossd-agent */
	{  7982, U , 48454 }, /* sossd-disc */
	{  7997, T , 41457 }, /* pushns */
	{  7998, U , 54409 }, /* usicontentpush */
	{  7999, TU, 24970 }, /* irdmi2 */
	{  8000, TU, 24964 }, /* irdmi */
	{  8001, TU, 54681 }, /* vcom-tunnel */
	{  8002, TU, 52000 }, /* teradataordbms */
	{  8003, TU, 29319 }, /* mcreport */
	{  8004, T , 38196 }, /* p2pevolvenet */
	{  8005, TU, 32080 }, /* mxi */
	{  8006, T , 57175 }, /* wpl-analytics */
	{  8006, U , 57189 }, /* wpl-disc */
	{  8007, TU, 56295 }, /* warppipe */
	{  8008, TU, 21897 }, /* http-alt */
	{  8009, T , 36007 }, /* nvme-disc */
	{  8015, T ,  8725 }, /* cfg-cloud */
	{  8016, T ,  1468 }, /* ads-s */
	{  8017, U ,  9191 }, /* cisco-cloudsec */
	{  8019, TU, 41712 }, /* qbdb */
	{  8020, TU, 24500 }, /* intu-ec-svcdisc */
	{  8021, TU, 24485 }, /* intu-ec-client */
	{  8022, TU, 36062 }, /* oa-system */
	{  8023, TU,  3742 }, /* arca-api */
	{  8025, TU,  7403 }, /* ca-audit-da */
	{  8026, TU,  7415 }, /* ca-audit-ds */
	{  8027, TU, 38482 }, /* papachi-p2p-srv */
	{  8032, TU, 40801 }, /* pro-ed */
	{  8033, TU, 30399 }, /* mindprint */
	{  8034, TU, 54558 }, /* vantronix-mgmt */
	{  8040, TU,  2492 }, /* ampify */
	{  8041, TU, 16257 }, /* enguity-xccetp */
	{  8042, T , 18925 }, /* fs-agent */
	{  8043, T , 18959 }, /* fs-server */
	{  8044, T , 18934 }, /* fs-mgmt */
	{  8051, T , 43846 }, /* rocrail */
	{  8052, TU, 45836 }, /* senomix01 */
	{  8053, TU, 45846 }, /* senomix02 */
	{  8054, TU, 45856 }, /* senomix03 */
	{  8055, TU, 45866 }, /* senomix04 */
	{  8056, TU, 45876 }, /* senomix05 */
	{  8057, TU, 45886 }, /* senomix06 */
	{  8058, TU, 45896 }, /* senomix07 */
	{  8059, TU, 45906 }, /* senomix08 */
	{  8060, U ,  1549 }, /* aero */
	{  8061, T , 34863 }, /* nikatron-dev */
	{  8066, T , 52717 }, /* toad-bi-appsrvr */
	{  8067, T , 23768 }, /* infi-async */
	{  8070, T , 53818 }, /* ucs-isc */
	{  8074, TU, 19283 }, /* gadugadu */
	{  8080, TU, 21897 }, /* http-alt */
	{  8081, TU, 50109 }, /* sunproxyadmin */
	{  8082, TU, 54376 }, /* us-cli */
	{  8083, TU, 54389 }, /* us-srv */
	{  8084, T , 56598 }, /* websnp */
	{  8086, TU, 12041 }, /* d-s-n */
	{  8087, TU, 47076 }, /* simplifymedia */
	{  8088, TU, 42273 }, /* radan-http */
	{  8090, T , 37362 }, /* opsmessaging */
	{  8091, T , 25822 }, /* jamlink */
	{  8097, TU, 44577 }, /* sac */
	{  8100, TU, 58102 }, /* xprint-server */
	{  8101, T , 27545 }, /* ldoms-migr */
	{  8102, T , 27108 }, /* kz-migr */
	{  8111, U , 47290 }, /* skynetflow */
	{  8115, TU, 31853 }, /* mtl8000-matrix */
	{  8116, TU, 10762 }, /* cp-cluster */
	{  8117, T , 41447 }, /* purityrpc */
	{  8118, TU, 40731 }, /* privoxy */
	{  8121, TU,  3240 }, /* apollo-data */
	{  8122, TU,  3217 }, /* apollo-admin */
	{  8128, TU, 38748 }, /* paycash-online */
	{  8129, TU, 38763 }, /* paycash-wbp */
	{  8130, TU, 23722 }, /* indigo-vrmi */
	{  8131, TU, 23710 }, /* indigo-vbcp */
	{  8132, TU, 12493 }, /* dbabble */
	{  8140, T , 41430 }, /* puppet */
	{  8148, TU, 25146 }, /* isdd */
	{  8149, U , 16463 }, /* eor-game */
	{  8153, T , 42083 }, /* quantastor */
	{  8160, TU, 38648 }, /* patrol */
	{  8161, TU, 38704 }, /* patrol-snmp */
	{  8162, T , 28337 }, /* lpar2rrd */
	{  8181, T , 24358 }, /* intermapper */
	{  8182, TU, 55334 }, /* vmware-fdm */
	{  8183, T , 40988 }, /* proremote */
	{  8184, TU, 25466 }, /* itach */
	{  8190, T , 19522 }, /* gcp-rphy */
	{  8191, T , 27689 }, /* limnerpressure */
	{  8192, TU, 48836 }, /* spytechphone */
	{  8194, TU,  6293 }, /* blp1 */
	{  8195, TU,  6298 }, /* blp2 */
	{  8199, TU, 55950 }, /* vvr-data */
	{  8200, TU, 53204 }, /* trivnet1 */
	{  8201, TU, 53213 }, /* trivnet2 */
	{  8202, U ,  1607 }, /* aesop */
	{  8204, TU, 27968 }, /* lm-perfworks */
	{  8205, TU, 27950 }, /* lm-instmgr */
	{  8206, TU, 27943 }, /* lm-dta */
	{  8207, TU, 27981 }, /* lm-sserver */
	{  8208, TU, 27992 }, /* lm-webwatcher */
	{  8211, U ,  4100 }, /* aruba-papi */
	{  8230, TU, 43428 }, /* rexecj */
	{  8231, U , 21276 }, /* hncp-udp-port */
	{  8232, U , 21261 }, /* hncp-dtls-port */
	{  8243, TU, 50709 }, /* synapse-nhttps */
	{  8266, U , 16837 }, /* espeasy-p2p */
	{  8270, T , 43799 }, /* robot-remote */
	{  8276, TU, 31284 }, /* ms-mcc */
	{  8280, TU, 50695 }, /* synapse-nhttp */
	{  8282, T , 27643 }, /* libelle */
	{  8282, U , 27651 }, /* libelle-disc */
	{  8292, TU,  6303 }, /* blp3 */
	{  8293, T , 21153 }, /* hiperscan-id */
	{  8294, TU,  6308 }, /* blp4 */
	{  8300, TU, 52512 }, /* tmi */
	{  8301, TU,  2398 }, /* amberon */
	{  8313, T , 21967 }, /* hub-open-net */
	{  8320, TU, 52662 }, /* tnp-discover */
	{  8321, TU, 20089 }, /* tnp */
	{  8322, TU, 19437 }, /* garmin-marine */
	{  8351, TU, 46032 }, /* server-find */
	{  8376, TU, 11161 }, /* cruise-enum */
	{  8377, TU, 11173 }, /* cruise-swroute */
	{  8378, TU, 11134 }, /* cruise-config */
	{  8379, TU, 11148 }, /* cruise-diags */
	{  8380, TU, 11188 }, /* cruise-update */
	{  8383, TU, 28602 }, /* m2mservices */
	{  8384, U , 28970 }, /* marathontp */
	{  8400, TU, 11817 }, /* cvd */
	{  8401, TU, 44557 }, /* sabarsd */
	{  8402, TU, 44558 }, /* abarsd */
	{  8403, TU, 22197 }, /* admind */
	{  8404, T , 50286 }, /* svcloud */
	{  8405, T , 50277 }, /* svbackup */
	{  8415, T , 13982 }, /* dlpx-sp */
	{  8416, TU, 16849 }, /* espeech */
	{  8417, TU, 16857 }, /* espeech-rtp */
	{  8423, T ,  3957 }, /* aritts */
	{  8432, T , 39420 }, /* pgbackrest */
	{  8433, U ,  5305 }, /* aws-as2 */
	{  8442, TU, 11904 }, /* cybro-a-bus */
	{  8443, TU, 39041 }, /* pcsync-https */
	{  8444, TU, 39029 }, /* pcsync-http */
	{  8445, T , 57271 }, /* copy */
	{  8445, U , 10611 }, /* copy-disc */
	{  8448, T , 29061 }, /* matrix-fed */
	{  8450, TU, 35609 }, /* npmp */
	{  8457, T , 34672 }, /* nexentamv */
	{  8470, T ,  9181 }, /* cisco-avp */
	{  8471, T , 39581 }, /* pim-port */
	{  8472, TU, 37961 }, /* otv */
	{  8473, TU, 55514 }, /* vp2p */
	{  8474, TU, 35417 }, /* noteshare */
	{  8500, TU, 18713 }, /* fmtp */
	{  8501, T ,  9780 }, /* cmtp-mgt */
	{  8501, U ,  9772 }, /* cmtp-av */
	{  8502, T , 19000 }, /* ftnmtp */
	{  8503, U , 28443 }, /* lsp-self-ping */
	{  8554, TU, 44400 }, /* rtsp-alt */
	{  8555, TU, 12033 }, /* d-fence */
	{  8567, TU, 14299 }, /* dof-tunnel */
	{  8600, TU,  4540 }, /* asterix */
	{  8609, U ,  7992 }, /* canon-cpp-disc */
	{  8610, TU,  8007 }, /* canon-mfnp */
	{  8611, TU,  7933 }, /* canon-bjnp1 */
	{  8612, TU,  7945 }, /* canon-bjnp2 */
	{  8613, TU,  7957 }, /* canon-bjnp3 */
	{  8614, TU,  7969 }, /* canon-bjnp4 */
	{  8615, T , 23488 }, /* imink */
	{  8665, T , 30813 }, /* monetra */
	{  8666, T , 30821 }, /* monetra-admin */
	{  8668, T , 48521 }, /* spartan */
	{  8675, T , 31665 }, /* msi-cps-rm */
	{  8675, U , 31676 }, /* msi-cps-rm-disc */
	{  8686, TU, 49792 }, /* sun-as-jmxrmi */
	{  8688, T , 37117 }, /* openremote-ctrl */
	{  8699, T , 55381 }, /* vnyx */
	{  8710, T , 45820 }, /* semi-grpc */
	{  8711, T , 35987 }, /* nvc */
	{  8732, U , 14932 }, /* dtp-net */
	{  8733, TU, 39906 }, /* ibus */
	{  8750, T , 13235 }, /* dey-keyneg */
	{  8763, TU, 29157 }, /* mc-appserver */
	{  8764, TU, 37107 }, /* openqueue */
	{  8765, TU, 53933 }, /* ultraseek-http */
	{  8766, TU,  2419 }, /* amcs */
	{  8767, T , 10679 }, /* core-of-source */
	{  8768, T , 44791 }, /* sandpolis */
	{  8769, T , 36477 }, /* oktaauthenticat */
	{  8770, TU, 14468 }, /* dpap */
	{  8778, T , 53872 }, /* uec */
	{  8786, TU, 31642 }, /* msgclnt */
	{  8787, TU, 31650 }, /* msgsrvr */
	{  8793, TU,  1045 }, /* acd-pm */
	{  8800, TU, 50158 }, /* sunwebadmin */
	{  8804, TU, 53256 }, /* truecm */
	{  8805, U , 39395 }, /* pfcp */
	{  8807, U , 21029 }, /* hes-clip */
	{  8808, U , 49138 }, /* ssports-bcast */
	{  8809, U ,   152 }, /* 3gpp-monp */
	{  8873, TU, 15140 }, /* dxspider */
	{  8880, TU,  8511 }, /* cddbp-alt */
	{  8881, T , 19326 }, /* galaxy4d */
	{  8883, TU, 45757 }, /* secure-mqtt */
	{  8888, T , 12695 }, /* ddi-tcp-1 */
	{  8888, U , 12765 }, /* ddi-udp-1 */
	{  8889, T , 12705 }, /* ddi-tcp-2 */
	{  8889, U , 12775 }, /* ddi-udp-2 */
	{  8890, T , 12715 }, /* ddi-tcp-3 */
	{  8890, U , 12785 }, /* ddi-udp-3 */
	{  8891, T , 12725 }, /* ddi-tcp-4 */
	{  8891, U , 12795 }, /* ddi-udp-4 */
	{  8892, T , 12735 }, /* ddi-tcp-5 */
	{  8892, U , 12805 }, /* ddi-udp-5 */
	{  8893, T , 12745 }, /* ddi-tcp-6 */
	{  8893, U , 12815 }, /* ddi-udp-6 */
	{  8894, T , 12755 }, /* ddi-tcp-7 */
	{  8894, U , 12825 }, /* ddi-udp-7 */
	{  8899, TU, 37911 }, /* ospf-lite */
	{  8900, TU, 26252 }, /* jmb-cds1 */
	{  8901, TU, 26261 }, /* jmb-cds2 */
	{  8908, T , 20250 }, /* dpp */
	{  8910, TU, 28891 }, /* manyone-http */
	{  8911, TU, 28904 }, /* manyone-xml */
	{  8912, TU, 56430 }, /* wcbackup */
	{  8913, TU, 14546 }, /* dragonfly */
	{  8937, T , 53700 }, /* twds */
	{  8953, T , 53769 }, /* ub-dns-control */
	{  8954, TU, 11764 }, /* cumulus-admin */
	{  8980, TU, 35299 }, /* nod-provider */
	{  8981, U , 35288 }, /* nod-client */
	{  8989, TU, 50170 }, /* sunwebadmins */
	{  8990, TU, 21931 }, /* http-wmap */
	{  8991, TU, 21941 }, /* https-wmap */
	{  8997, T , 37588 }, /* oracle-ms-ens */
	{  8998, T ,  8018 }, /* canto-roboflow */
	{  8999, TU,  5725 }, /* bctp */
	{  9000, TU, 11379 }, /* cslistener */
	{  9001, TU, 17021 }, /* etlservicemgr */
	{  9002, TU, 15188 }, /* dynamid */
	{  9005, T , 20056 }, /* golem */
	{  9007, U , 36399 }, /* ogs-client */
	{  9008, T , 36410 }, /* ogs-server */
	{  9009, TU, 39545 }, /* pichat */
	{  9010, T , 45540 }, /* sdr */
	{  9011, U , 12047 }, /* d-star */
	{  9020, TU, 51413 }, /* tambora */
	{  9021, TU, 38443 }, /* panagolin-ident */
	{  9022, TU, 38513 }, /* paragent */
	{  9023, TU, 50347 }, /* swa-1 */
	{  9024, TU, 50353 }, /* swa-2 */
	{  9025, TU, 50359 }, /* swa-3 */
	{  9026, TU, 50365 }, /* swa-4 */
	{  9050, T , 54911 }, /* versiera */
	{  9051, T , 18191 }, /* fio-cmgmt */
	{  9060, T ,   340 }, /* CardWeb-IO */
	{  9060, U ,   351 }, /* CardWeb-RT */
	{  9080, TU, 19933 }, /* glrpc */
	{  9081, U ,  9170 }, /* cisco-aqos */
	{  9083, T , 15967 }, /* emc-pp-mgmtsvc */
	{  9084, TU,  4898 }, /* aurora */
	{  9085, TU, 22493 }, /* ibm-rsyscon */
	{  9086, TU, 33066 }, /* net2display */
	{  9087, TU,  9489 }, /* classic */
	{  9088, TU, 48862 }, /* sqlexec */
	{  9089, TU, 48870 }, /* sqlexec-ssl */
	{  9090, TU, 56592 }, /* websm */
	{  9091, TU, 57874 }, /* xmltec-xmlmail */
	{  9092, TU,   601 }, /* XmlIpcRegSvc */
	{  9093, T , 10621 }, /* copycat */
	{  9100, TU, 21487 }, /* hp-pdl-datastr */
	{  9101, TU,  5525 }, /* bacula-dir */
	{  9102, TU,  5536 }, /* bacula-fd */
	{  9103, TU,  5546 }, /* bacula-sd */
	{  9104, TU, 39199 }, /* peerwire */
	{  9105, TU,  9368 }, /* xadmin */
	{  9106, T ,  4502 }, /* astergate */
	{  9106, U ,  4512 }, /* astergate-disc */
	{  9107, T ,  4527 }, /* astergatefax */
	{  9111, TU, 21045 }, /* hexxorecore */
	{  9119, TU, 32084 }, /* mxit */
	{  9122, T , 20151 }, /* grcmp */
	{  9123, T , 20157 }, /* grcp */
	{  9131, TU, 12685 }, /* dddp */
	{  9160, TU,  2949 }, /* apani1 */
	{  9161, TU,  2956 }, /* apani2 */
	{  9162, TU,  2963 }, /* apani3 */
	{  9163, TU,  2970 }, /* apani4 */
	{  9164, TU,  2977 }, /* apani5 */
	{  9191, TU, 49806 }, /* sun-as-jpda */
	{  9200, TU, 56207 }, /* wap-wsp */
	{  9201, TU, 56225 }, /* wap-wsp-wtp */
	{  9202, TU, 56215 }, /* wap-wsp-s */
	{  9203, TU, 56237 }, /* wap-wsp-wtp-s */
	{  9204, TU, 56185 }, /* wap-vcard */
	{  9205, TU, 56165 }, /* wap-vcal */
	{  9206, TU, 56195 }, /* wap-vcard-s */
	{  9207, TU, 56174 }, /* wap-vcal-s */
	{  9208, TU, 43585 }, /* rjcdb-vcards */
	{  9209, TU,  2216 }, /* almobile-system */
	{  9210, TU, 36540 }, /* oma-mlp */
	{  9211, TU, 36548 }, /* oma-mlp-s */
	{  9212, TU, 46151 }, /* serverviewdbms */
	{  9213, TU, 46067 }, /* serverstart */
	{  9214, TU, 24692 }, /* ipdcesgbs */
	{  9215, TU, 24074 }, /* insis */
	{  9216, TU,  1141 }, /* acme */
	{  9217, TU, 18969 }, /* fsc-port */
	{  9222, TU, 51783 }, /* teamcoherence */
	{  9255, TU, 29774 }, /* mon */
	{  9277, U , 52909 }, /* traingpsdata */
	{  9278, TU, 39208 }, /* pegasus */
	{  9279, TU, 39216 }, /* pegasus-ctl */
	{  9280, TU, 39441 }, /* pgps */
	{  9281, TU, 50487 }, /* swtp-port1 */
	{  9282, TU, 50498 }, /* swtp-port2 */
	{  9283, TU,  7773 }, /* callwaveiam */
	{  9284, TU, 55154 }, /* visd */
	{  9285, TU, 32293 }, /* n2h2server */
	{  9286, U , 32314 }, /* n2receive */
	{  9287, TU, 11756 }, /* cumulus */
	{  9292, TU,  4033 }, /* armtechdaemon */
	{  9293, TU, 49494 }, /* storview */
	{  9294, TU,  3992 }, /* armcenterhttp */
	{  9295, TU,  4006 }, /* armcenterhttps */
	{  9300, TU, 55602 }, /* vrace */
	{  9306, T , 48643 }, /* sphinxql */
	{  9310, T , 44863 }, /* sapms */
	{  9312, T , 48633 }, /* sphinxapi */
	{  9318, TU, 45769 }, /* secure-ts */
	{  9321, TU, 20462 }, /* guibase */
	{  9339, T , 19953 }, /* gnmi-gnoi */
	{  9340, T , 20195 }, /* gribi */
	{  9343, TU, 30983 }, /* mpidcmgr */
	{  9344, TU, 30965 }, /* mphlpdmc */
	{  9345, T , 42521 }, /* rancher */
	{  9346, TU, 11607 }, /* ctechlicensing */
	{  9374, TU, 18333 }, /* fjdmimgr */
	{  9380, TU,  6842 }, /* boxp */
	{  9387, T , 12081 }, /* d2dconfig */
	{  9388, T , 12091 }, /* d2ddatatrans */
	{  9389, T ,  1511 }, /* adws */
	{  9390, T , 35968 }, /* otp */
	{  9396, TU, 18395 }, /* fjinvmgr */
	{  9397, TU, 30974 }, /* mpidcagt */
	{  9400, TU, 45686 }, /* sec-t4net-srv */
	{  9401, TU, 45672 }, /* sec-t4net-clt */
	{  9402, TU, 45657 }, /* sec-pc2fax-srv */
	{  9418, TU, 19833 }, /* git */
	{  9443, TU, 53538 }, /* tungsten-https */
	{  9444, TU, 57321 }, /* wso2esb-console */
	{  9445, T , 30374 }, /* mindarray-ca */
	{  9450, TU, 48125 }, /* sntlkeyssrvr */
	{  9500, TU, 25255 }, /* ismserver */
	{  9522, U , 47483 }, /* sma-spw */
	{  9535, TU, 30663 }, /* mngsuite */
	{  9536, TU, 27229 }, /* laes-bf */
	{  9555, TU, 53180 }, /* trispen-sra */
	{  9559, T , 38234 }, /* p4runtime */
	{  9592, TU, 27524 }, /* ldgateway */
	{  9593, TU,  8304 }, /* cba8 */
	{  9594, TU, 40981 }, /* msgsys */
	{  9595, TU, 39147 }, /* pds */
	{  9596, TU, 29843 }, /* mercury-disc */
	{  9597, TU, 39074 }, /* pd-admin */
	{  9598, TU, 55810 }, /* vscp */
	{  9599, TU, 43778 }, /* robix */
	{  9600, TU, 30254 }, /* micromuse-ncpw */
	{  9612, TU, 49503 }, /* streamcomm-ds */
	{  9614, T , 22150 }, /* iadt-tls */
	{  9616, T , 16690 }, /* erunbook-agent */
	{  9617, T , 16705 }, /* erunbook-server */
	{  9618, TU, 10369 }, /* condor */
	{  9628, TU, 36226 }, /* odbcpathway */
	{  9629, TU, 54134 }, /* uniport */
	{  9630, T , 39264 }, /* peoctlr */
	{  9631, T , 39256 }, /* peocoll */
	{  9632, U , 29191 }, /* mc-comm */
	{  9640, T , 40408 }, /* pqsflows */
	{  9666, T , 58547 }, /* zoomcp */
	{  9667, TU, 57889 }, /* xmms2 */
	{  9668, TU, 51797 }, /* tec5-sdctp */
	{  9694, TU,  9583 }, /* client-wakeup */
	{  9695, TU,  8397 }, /* ccnx */
	{  9700, TU,  6637 }, /* board-roar */
	{  9747, TU, 27208 }, /* l5nas-parchan */
	{  9750, TU,  6648 }, /* board-voip */
	{  9753, TU, 42617 }, /* rasadv */
	{  9762, TU, 53524 }, /* tungsten-http */
	{  9800, TU, 12410 }, /* davsrc */
	{  9801, TU, 49210 }, /* sstp-2 */
	{  9802, TU, 12417 }, /* davsrcs */
	{  9875, TU, 44869 }, /* sapv1 */
	{  9876, T ,  5553 }, /* sd */
	{  9877, T , 57563 }, /* x510 */
	{  9878, U , 26656 }, /* kca-service */
	{  9888, TU, 11879 }, /* cyborg-systems */
	{  9889, TU, 20379 }, /* gt-proxy */
	{  9898, TU, 30843 }, /* monkeycom */
	{  9899, U , 45338 }, /* sctp-tunneling */
	{  9900, TU, 25642 }, /* iua */
	{  9901, U , 16307 }, /* enrp */
	{  9903, U , 31928 }, /* multicast-ping */
	{  9909, TU, 14382 }, /* domaintime */
	{  9911, TU, 50906 }, /* sype-transport */
	{  9925, T , 58270 }, /* xybrid-cloud */
	{  9950, TU,  3101 }, /* apc-9950 */
	{  9951, TU,  3110 }, /* apc-9951 */
	{  9952, TU,  3119 }, /* apc-9952 */
	{  9953, TU,  1097 }, /* acis */
	{  9954, T , 21138 }, /* hinp */
	{  9955, T ,  2184 }, /* alljoyn-stm */
	{  9955, U ,  2172 }, /* alljoyn-mcm */
	{  9956, U ,  2164 }, /* alljoyn */
	{  9966, TU, 36301 }, /* odnsp */
	{  9978, T , 58283 }, /* xybrid-rt */
	{  9979, T , 55245 }, /* visweather */
	{  9981, T , 41413 }, /* pumpkindb */
	{  9987, TU, 14709 }, /* dsm-scm-target */
	{  9988, T , 35732 }, /* nsesrvr */
	{  9990, TU, 37874 }, /* osm-appsrvr */
	{  9991, TU, 37886 }, /* osm-oev */
	{  9992, TU, 38355 }, /* palace-1 */
	{  9993, TU, 38364 }, /* palace-2 */
	{  9994, TU, 38373 }, /* palace-3 */
	{  9995, TU, 38382 }, /* palace-4 */
	{  9996, TU, 38391 }, /* palace-5 */
	{  9997, TU, 38400 }, /* palace-6 */
	{  9998, TU, 13905 }, /* distinct32 */
	{  9999, TU, 13896 }, /* distinct */
	{ 10000, TU, 32868 }, /* ndmp */
	{ 10001, TU, 45246 }, /* scp-config */
	{ 10002, TU, 14252 }, /* documentum */
	{ 10003, TU, 14263 }, /* documentum-s */
	{ 10004, T , 16051 }, /* emcrmirccd */
	{ 10005, T , 16062 }, /* emcrmird */
	{ 10006, T , 33143 }, /* netapp-sync */
	{ 10007, TU, 32060 }, /* mvs-capacity */
	{ 10008, TU, 36202 }, /* octopus */
	{ 10009, TU, 50383 }, /* swdtp-sv */
	{ 10010, T , 44480 }, /* rxapi */
	{ 10020, T ,   804 }, /* abb-hw */
	{ 10023, U ,  8570 }, /* cefd-vmp */
	{ 10050, TU, 58364 }, /* zabbix-agent */
	{ 10051, TU, 58377 }, /* zabbix-trapper */
	{ 10055, T , 41921 }, /* qptlmd */
	{ 10080, TU,  2391 }, /* amanda */
	{ 10081, TU, 17517 }, /* famdc */
	{ 10100, TU, 25510 }, /* itap-ddtp */
	{ 10101, TU, 17354 }, /* ezmeeting-2 */
	{ 10102, TU, 17387 }, /* ezproxy-2 */
	{ 10103, TU, 17397 }, /* ezrelay */
	{ 10104, TU, 50377 }, /* swdtp */
	{ 10107, TU,  5730 }, /* bctp-server */
	{ 10110, TU, 35162 }, /* nmea-0183 */
	{ 10111, U , 35172 }, /* nmea-onenet */
	{ 10113, TU, 33548 }, /* netiq-endpoint */
	{ 10114, TU, 33595 }, /* netiq-qcheck */
	{ 10115, TU, 33563 }, /* netiq-endpt */
	{ 10116, TU, 33608 }, /* netiq-voipa */
	{ 10117, TU, 24896 }, /* iqrm */
	{ 10125, T ,  9054 }, /* cimple */
	{ 10128, TU,  6533 }, /* bmc-perf-sd */
	{ 10129, T ,  6413 }, /* bmc-gms */
	{ 10160, TU, 41699 }, /* qb-db-server */
	{ 10161, T , 47992 }, /* snmptls */
	{ 10161, U , 47948 }, /* snmpdtls */
	{ 10162, T , 48000 }, /* snmptls-trap */
	{ 10162, U , 47957 }, /* snmpdtls-trap */
	{ 10200, TU, 53172 }, /* trisoap */
	{ 10201, T , 44099 }, /* rsms */
	{ 10201, U , 44062 }, /* rscs */
	{ 10252, TU,  3263 }, /* apollo-relay */
	{ 10253, U , 15289 }, /* eapol-relay */
	{ 10260, TU,  5339 }, /* axis-wimp-port */
	{ 10261, T , 52243 }, /* tile-ml */
	{ 10288, TU,  6286 }, /* blocks */
	{ 10439, U ,  6617 }, /* bngsync */
	{ 10443, T ,  9150 }, /* cirrossp */
	{ 10500, U , 21143 }, /* hip-nat-t */
	{ 10540, TU,   466 }, /* MOS-lower */
	{ 10541, TU,   498 }, /* MOS-upper */
	{ 10542, TU,   458 }, /* MOS-aux */
	{ 10543, TU,   476 }, /* MOS-soap */
	{ 10544, TU,   485 }, /* MOS-soap-opt */
	{ 10548, T , 46044 }, /* serverdocs */
	{ 10631, T , 40633 }, /* printopia */
	{ 10800, TU, 19426 }, /* gap */
	{ 10805, TU, 28351 }, /* lpdg */
	{ 10809, T , 32576 }, /* nbd */
	{ 10810, U , 35153 }, /* nmc-disc */
	{ 10860, TU, 20978 }, /* helix */
	{ 10880, TU,  7330 }, /* bveapi */
	{ 10933, T , 36210 }, /* octopustentacle */
	{ 10990, TU, 43661 }, /* rmiaux */
	{ 11000, TU, 25015 }, /* irisa */
	{ 11001, TU, 30018 }, /* metasys */
	{ 11095, TU, 56463 }, /* weave */
	{ 11103, T , 37809 }, /* origo-sync */
	{ 11104, T , 33129 }, /* netapp-icmgmt */
	{ 11105, T , 33115 }, /* netapp-icdata */
	{ 11106, TU, 46429 }, /* sgi-lk */
	{ 11108, U , 32166 }, /* myq-termlink */
	{ 11109, T , 46392 }, /* sgi-dmfmgr */
	{ 11110, T , 46436 }, /* sgi-soap */
	{ 11111, TU, 54651 }, /* vce */
	{ 11112, TU, 13550 }, /* dicom */
	{ 11161, TU, 50028 }, /* suncacao-snmp */
	{ 11162, TU, 50000 }, /* suncacao-jmxmp */
	{ 11163, TU, 50015 }, /* suncacao-rmi */
	{ 11164, TU, 49987 }, /* suncacao-csa */
	{ 11165, TU, 50042 }, /* suncacao-websvc */
	{ 11171, U , 48120 }, /* snss */
	{ 11172, T , 36322 }, /* oemcacao-jmxmp */
	{ 11173, T , 51120 }, /* t5-straton */
	{ 11174, T , 36337 }, /* oemcacao-rmi */
	{ 11175, T , 36350 }, /* oemcacao-websvc */
	{ 11201, TU, 47801 }, /* smsqp */
	{ 11202, T , 12652 }, /* dcsl-backup */
	{ 11208, TU, 56793 }, /* wifree */
	{ 11211, TU, 29724 }, /* memcache */
	{ 11235, T , 57643 }, /* xcompute */
	{ 11319, TU, 23494 }, /* imip */
	{ 11320, TU, 23499 }, /* imip-channels */
	{ 11321, TU,  3842 }, /* arena-server */
	{ 11367, TU,  4688 }, /* atm-uhas */
	{ 11371, TU, 21199 }, /* hkp */
	{ 11430, U , 28404 }, /* lsdp */
	{ 11489, T ,  4272 }, /* asgcypresstcps */
	{ 11600, TU, 51964 }, /* tempest-port */
	{ 11623, T , 16023 }, /* emc-xsw-dconfig */
	{ 11720, TU, 20610 }, /* h323callsigalt */
	{ 11723, TU, 16008 }, /* emc-xsw-dcache */
	{ 11751, TU, 24463 }, /* intrepid-ssl */
	{ 11796, T , 27313 }, /* lanschool */
	{ 11796, U , 27323 }, /* lanschool-mpt */
	{ 11876, TU, 58056 }, /* xoraya */
	{ 11877, U , 57547 }, /* x2e-disc */
	{ 11967, TU, 50946 }, /* sysinfo-sp */
	{ 11971, T , 52179 }, /* tibsd */
	{ 12000, TU, 16366 }, /* entextxid */
	{ 12001, TU, 16354 }, /* entextnetwk */
	{ 12002, TU, 16323 }, /* entexthigh */
	{ 12003, TU, 16344 }, /* entextmed */
	{ 12004, TU, 16334 }, /* entextlow */
	{ 12005, TU, 12557 }, /* dbisamserver1 */
	{ 12006, TU, 12571 }, /* dbisamserver2 */
	{ 12007, TU,  1020 }, /* accuracer */
	{ 12008, TU,  1030 }, /* accuracer-dbms */
	{ 12009, U , 19780 }, /* ghvpn */
	{ 12010, T , 15448 }, /* edbsrvr */
	{ 12012, TU, 55058 }, /* vipera */
	{ 12013, TU, 55065 }, /* vipera-ssl */
	{ 12109, TU, 43409 }, /* rets-ssl */
	{ 12121, TU, 35929 }, /* nupaper-ss */
	{ 12168, TU,  8298 }, /* cawas */
	{ 12172, TU, 21184 }, /* hivep */
	{ 12300, TU, 27733 }, /* linogridengine */
	{ 12302, T , 42399 }, /* rads */
	{ 12321, TU, 56261 }, /* warehouse-sss */
	{ 12322, TU, 56251 }, /* warehouse */
	{ 12345, TU, 25504 }, /* italk */
	{ 12546, T ,  8099 }, /* carb-repl-ctrl */
	{ 12753, TU, 53303 }, /* tsaf */
	{ 12865, T , 33850 }, /* netperf */
	{ 13160, TU, 22107 }, /* i-zipqd */
	{ 13216, TU,  5717 }, /* bcslogc */
	{ 13217, TU, 44017 }, /* rs-pias */
	{ 13218, T , 15982 }, /* emc-vcas-tcp */
	{ 13218, U , 15995 }, /* emc-vcas-udp */
	{ 13223, TU, 40309 }, /* powwow-client */
	{ 13224, TU, 40323 }, /* powwow-server */
	{ 13400, T , 14346 }, /* doip-data */
	{ 13400, U , 14356 }, /* doip-disc */
	{ 13720, TU,  6895 }, /* bprd */
	{ 13721, TU,  6872 }, /* bpdbm */
	{ 13722, TU,  6878 }, /* bpjava-msvc */
	{ 13724, TU, 55350 }, /* vnetd */
	{ 13782, TU,  6847 }, /* bpcd */
	{ 13783, TU, 55496 }, /* vopied */
	{ 13785, TU, 32580 }, /* nbdb */
	{ 13786, TU, 35361 }, /* nomdb */
	{ 13818, TU, 14734 }, /* dsmcc-config */
	{ 13819, TU, 14777 }, /* dsmcc-session */
	{ 13820, TU, 14762 }, /* dsmcc-passthru */
	{ 13821, TU, 14747 }, /* dsmcc-download */
	{ 13822, TU, 14724 }, /* dsmcc-ccp */
	{ 13823, T ,  6588 }, /* bmdss */
	{ 13832, T ,   614 }, /* a-trust-rpc */
	{ 13894, TU, 53809 }, /* ucontrol */
	{ 13929, TU, 14880 }, /* dta-systems */
	{ 13930, T , 29588 }, /* medevolve */
	{ 14000, TU, 45236 }, /* scotty-ft */
	{ 14001, TU, 49692 }, /* sua */
	{ 14002, U , 45224 }, /* scotty-disc */
	{ 14033, TU, 44604 }, /* sage-best-com1 */
	{ 14034, TU, 44619 }, /* sage-best-com2 */
	{ 14141, TU, 54698 }, /* vcs-app */
	{ 14142, TU, 22991 }, /* icpp */
	{ 14143, T , 22996 }, /* icpps */
	{ 14145, TU, 19504 }, /* gcm-app */
	{ 14149, TU, 55727 }, /* vrts-tdd */
	{ 14150, T , 54706 }, /* vcscmd */
	{ 14154, TU, 54543 }, /* vad */
	{ 14250, TU, 34095 }, /* cps */
	{ 14414, TU,  7435 }, /* ca-web-update */
	{ 14500, T , 58097 }, /* xpra */
	{ 14936, TU, 20879 }, /* hde-lcesrvr-1 */
	{ 14937, TU, 20893 }, /* hde-lcesrvr-2 */
	{ 15000, TU, 22014 }, /* hydap */
	{ 15002, T , 36784 }, /* onep-tls */
	{ 15118, U , 54496 }, /* v2g-secc */
	{ 15345, TU, 58070 }, /* xpilot */
	{ 15363, TU,   168 }, /* 3link */
	{ 15555, TU,  9265 }, /* cisco-snat */
	{ 15660, TU,  5878 }, /* bex-xr */
	{ 15740, TU, 17638 }, /* ptp */
	{ 15998, U ,    10 }, /* 2ping */
	{ 15999, T , 40948 }, /* programmar */
	{ 16000, T , 18698 }, /* fmsas */
	{ 16001, T , 18704 }, /* fmsascon */
	{ 16002, T , 20347 }, /* gsms */
	{ 16003, U ,  2152 }, /* alfin */
	{ 16020, T , 26504 }, /* jwpc */
	{ 16021, T , 26509 }, /* jwpc-bin */
	{ 16161, TU, 49858 }, /* sun-sea-port */
	{ 16162, T , 48276 }, /* solaris-audit */
	{ 16309, TU, 16933 }, /* etb4j */
	{ 16310, TU, 39156 }, /* pduncs */
	{ 16311, TU, 39121 }, /* pdefmns */
	{ 16360, TU, 34017 }, /* netserialext1 */
	{ 16361, TU, 34031 }, /* netserialext2 */
	{ 16367, TU, 34045 }, /* netserialext3 */
	{ 16368, TU, 34059 }, /* netserialext4 */
	{ 16384, TU, 10453 }, /* connected */
	{ 16385, T , 42847 }, /* rdgs */
	{ 16619, T , 58051 }, /* xoms */
	{ 16665, T ,  5362 }, /* axon-tunnel */
	{ 16666, U , 55034 }, /* vtp */
	{ 16789, T ,  7620 }, /* cadsisvr */
	{ 16900, TU, 34591 }, /* newbay-snc-mc */
	{ 16950, TU, 46348 }, /* sgcip */
	{ 16991, TU, 24253 }, /* intel-rci-mp */
	{ 16992, TU,  2637 }, /* amt-soap-http */
	{ 16993, TU,  2651 }, /* amt-soap-https */
	{ 16994, TU,  2609 }, /* amt-redir-tcp */
	{ 16995, TU,  2623 }, /* amt-redir-tls */
	{ 17007, TU, 25333 }, /* isode-dua */
	{ 17010, T , 32737 }, /* ncpu */
	{ 17184, T , 54920 }, /* vestasdlp */
	{ 17185, TU, 48480 }, /* soundsvirtual */
	{ 17219, TU,  8960 }, /* chipper */
	{ 17220, TU, 55033 }, /* avtp */
	{ 17221, TU,  5134 }, /* avdecc */
	{ 17222, U , 10930 }, /* cpsp */
	{ 17223, T , 25060 }, /* isa100-gci */
	{ 17224, U , 53021 }, /* trdp-pd */
	{ 17225, TU, 53013 }, /* trdp-md */
	{ 17234, TU, 24229 }, /* integrius-stp */
	{ 17235, TU, 49036 }, /* ssh-mgmt */
	{ 17500, T , 12465 }, /* db-lsp */
	{ 17500, U , 12472 }, /* db-lsp-disc */
	{ 17555, T ,  1972 }, /* ailith */
	{ 17729, TU,  6410 }, /* ea */
	{ 17754, TU, 58446 }, /* zep */
	{ 17755, TU, 58499 }, /* zigbee-ip */
	{ 17756, TU, 58509 }, /* zigbee-ips */
	{ 17777, T , 50338 }, /* sw-orion */
	{ 18000, TU,  6042 }, /* biimenu */
	{ 18104, T , 42392 }, /* radpdf */
	{ 18136, T , 42268 }, /* racf */
	{ 18181, TU, 37247 }, /* opsec-cvp */
	{ 18182, TU, 37307 }, /* opsec-ufp */
	{ 18183, TU, 37287 }, /* opsec-sam */
	{ 18184, TU, 37267 }, /* opsec-lea */
	{ 18185, TU, 37277 }, /* opsec-omi */
	{ 18186, TU, 36440 }, /* ohsc */
	{ 18187, TU, 37257 }, /* opsec-ela */
	{ 18241, TU,  8872 }, /* checkpoint-rtm */
	{ 18242, T , 22873 }, /* iclid */
	{ 18243, T ,  9694 }, /* clusterxl */
	{ 18262, TU, 20481 }, /* gv-pf */
	{ 18463, TU,   878 }, /* ac-cluster */
	{ 18516, U , 21057 }, /* heythings */
	{ 18634, TU, 42900 }, /* rds-ib */
	{ 18635, TU, 42907 }, /* rds-ip */
	{ 18668, T , 54718 }, /* vdmmesh */
	{ 18668, U , 54726 }, /* vdmmesh-disc */
	{ 18769, TU, 24910 }, /* ique */
	{ 18881, TU, 23895 }, /* infotos */
	{ 18888, TU,  3128 }, /* apc-necmp */
	{ 19000, TU, 23394 }, /* igrid */
	{ 19007, TU, 45081 }, /* scintilla */
	{ 19020, T , 25795 }, /* j-link */
	{ 19191, TU, 37297 }, /* opsec-uaa */
	{ 19194, TU, 53725 }, /* ua-secureagent */
	{ 19220, T , 10629 }, /* cora */
	{ 19220, U , 10634 }, /* cora-disc */
	{ 19283, TU, 26740 }, /* keysrvr */
	{ 19315, TU, 26730 }, /* keyshadow */
	{ 19398, TU, 31908 }, /* mtrgtrans */
	{ 19410, TU, 21537 }, /* hp-sco */
	{ 19411, TU, 21523 }, /* hp-sca */
	{ 19412, TU, 21554 }, /* hp-sessmon */
	{ 19539, TU, 19209 }, /* fxuptp */
	{ 19540, TU, 50532 }, /* sxuptp */
	{ 19541, TU, 18329 }, /* jcp */
	{ 19788, U , 30579 }, /* mle */
	{ 19790, T , 17497 }, /* faircom-db */
	{ 19998, T , 23231 }, /* iec-104-sec */
	{ 19999, TU, 14147 }, /* dnp-sec */
	{ 20000, TU, 32884 }, /* dnp */
	{ 20001, TU, 30269 }, /* microsan */
	{ 20002, TU, 10173 }, /* commtact-http */
	{ 20003, TU, 10187 }, /* commtact-https */
	{ 20005, TU, 37202 }, /* openwebnet */
	{ 20012, U , 48960 }, /* ss-idi-disc */
	{ 20013, T , 48953 }, /* ss-idi */
	{ 20014, TU, 37000 }, /* opendeploy */
	{ 20034, TU, 32600 }, /* nburn-id */
	{ 20046, TU, 52530 }, /* tmophl7mts */
	{ 20048, TU, 30911 }, /* mountd */
	{ 20049, TU, 34764 }, /* nfsrdma */
	{ 20057, T ,  5155 }, /* avesterra */
	{ 20167, TU, 52733 }, /* tolfab */
	{ 20202, TU, 24715 }, /* ipdtp-port */
	{ 20222, TU, 24861 }, /* ipulse-ics */
	{ 20480, TU, 16205 }, /* emwavemsg */
	{ 20670, TU, 36938 }, /* track */
	{ 20810, T , 11123 }, /* crtech-nlm */
	{ 20999, TU,  4654 }, /* athand-mmp */
	{ 21000, TU, 25040 }, /* irtrans */
	{ 21010, T , 35434 }, /* notezilla-lan */
	{ 21212, T , 53115 }, /* trinket-agent */
	{ 21213, T , 10016 }, /* cohesity-agent */
	{ 21221, T ,  1959 }, /* aigairserver */
	{ 21553, T , 42858 }, /* rdm-tfs */
	{ 21554, TU, 13270 }, /* dfserver */
	{ 21590, TU, 55458 }, /* vofr-gateway */
	{ 21800, TU, 53652 }, /* tvpm */
	{ 21801, T , 52982 }, /* sal */
	{ 21845, TU, 56575 }, /* webphone */
	{ 21846, TU, 34111 }, /* netspeak-is */
	{ 21847, TU, 34099 }, /* netspeak-cs */
	{ 21848, TU, 34073 }, /* netspeak-acd */
	{ 21849, TU, 34086 }, /* netspeak-cps */
	{ 22000, TU, 47843 }, /* snapenetio */
	{ 22001, TU, 37482 }, /* optocontrol */
	{ 22002, TU, 37494 }, /* optohost002 */
	{ 22003, TU, 37506 }, /* optohost003 */
	{ 22004, TU, 37518 }, /* optohost004 */
	{ 22005, TU, 37518 }, /* optohost004 */
	{ 22125, T , 28717 }, /* dcap */
	{ 22128, T , 20308 }, /* gsidcap */
	{ 22222, T , 15326 }, /* easyengine */
	{ 22273, TU, 57082 }, /* wnn6 */
	{ 22305, TU,  1098 }, /* cis */
	{ 22333, TU, 46653 }, /* showcockpit-net */
	{ 22335, T , 46669 }, /* shrewd-control */
	{ 22335, U , 46684 }, /* shrewd-stream */
	{ 22343, TU,  9159 }, /* cis-secure */
	{ 22347, TU, 56777 }, /* wibukey */
	{ 22350, TU,  9907 }, /* codemeter */
	{ 22351, T ,  9917 }, /* codemeter-cmwan */
	{ 22537, T ,  7712 }, /* caldsoft-backup */
	{ 22555, T , 55443 }, /* vocaltec-wconf */
	{ 22555, U , 55428 }, /* vocaltec-phone */
	{ 22763, TU, 51353 }, /* talikaserver */
	{ 22800, TU,  5313 }, /* aws-brf */
	{ 22951, TU,  6960 }, /* brf-gw */
	{ 23000, TU, 24008 }, /* inovaport1 */
	{ 23001, TU, 24019 }, /* inovaport2 */
	{ 23002, TU, 24030 }, /* inovaport3 */
	{ 23003, TU, 24041 }, /* inovaport4 */
	{ 23004, TU, 24052 }, /* inovaport5 */
	{ 23005, TU, 24063 }, /* inovaport6 */
	{ 23053, T , 19963 }, /* gntp */
	{ 23272, U , 44513 }, /* s102 */
	{ 23294, T ,   262 }, /* 5afe-dir */
	{ 23294, U ,   271 }, /* 5afe-disc */
	{ 23333, TU, 15877 }, /* elxmgmt */
	{ 23400, TU, 35472 }, /* novar-dbase */
	{ 23401, TU, 35460 }, /* novar-alarm */
	{ 23402, TU, 35484 }, /* novar-global */
	{ 23456, T ,  1531 }, /* aequus */
	{ 23457, T ,  1538 }, /* aequus-alt */
	{ 23546, T ,  3828 }, /* areaguard-neo */
	{ 24000, TU, 29551 }, /* med-ltp */
	{ 24001, TU, 29529 }, /* med-fsp-rx */
	{ 24002, TU, 29540 }, /* med-fsp-tx */
	{ 24003, TU, 29579 }, /* med-supp */
	{ 24004, TU, 29571 }, /* med-ovw */
	{ 24005, TU, 29522 }, /* med-ci */
	{ 24006, TU, 29559 }, /* med-net-svc */
	{ 24242, TU, 18127 }, /* filesphere */
	{ 24249, TU, 55221 }, /* vista-4gl */
	{ 24321, TU,  9708 }, /* ild */
	{ 24322, U , 21110 }, /* hid */
	{ 24323, T , 55619 }, /* vrmg-ip */
	{ 24386, TU, 24243 }, /* intel-rci */
	{ 24465, TU, 52764 }, /* tonidods */
	{ 24554, TU,  6105 }, /* binkp */
	{ 24577, T ,  6050 }, /* bilobit */
	{ 24577, U ,  6058 }, /* bilobit-update */
	{ 24666, T , 45583 }, /* sdtvwcam */
	{ 24676, TU,  7862 }, /* canditv */
	{ 24677, TU, 18566 }, /* flashfiler */
	{ 24678, TU, 40808 }, /* proactivate */
	{ 24680, TU, 51599 }, /* tcc-http */
	{ 24754, T , 11374 }, /* cslg */
	{ 24850, U ,  4457 }, /* assoc-disc */
	{ 24922, TU, 43060 }, /* find */
	{ 25000, TU, 22712 }, /* icl-twobase1 */
	{ 25001, TU, 22739 }, /* icl-twobase2 */
	{ 25002, TU, 22752 }, /* icl-twobase3 */
	{ 25003, TU, 22765 }, /* icl-twobase4 */
	{ 25004, TU, 22778 }, /* icl-twobase5 */
	{ 25005, TU, 22791 }, /* icl-twobase6 */
	{ 25006, TU, 22804 }, /* icl-twobase7 */
	{ 25007, TU, 22817 }, /* icl-twobase8 */
	{ 25008, TU, 22830 }, /* icl-twobase9 */
	{ 25009, TU, 22725 }, /* icl-twobase10 */
	{ 25100, T , 12484 }, /* db2c-tls */
	{ 25576, T , 44924 }, /* sauterdongle */
	{ 25604, T , 23199 }, /* idtp */
	{ 25793, TU, 55415 }, /* vocaltec-hos */
	{ 25900, TU, 51574 }, /* tasp-net */
	{ 25901, TU, 35015 }, /* niobserver */
	{ 25902, TU, 34876 }, /* nilinkanalyst */
	{ 25903, TU, 35026 }, /* niprobe */
	{ 25954, U ,  5899 }, /* bf-game */
	{ 25955, U ,  5907 }, /* bf-master */
	{ 26000, TU, 42077 }, /* quake */
	{ 26133, TU, 45309 }, /* scscp */
	{ 26208, TU, 57087 }, /* wnn6-ds */
	{ 26257, T ,  9868 }, /* cockroach */
	{ 26260, TU, 17379 }, /* ezproxy */
	{ 26261, TU, 17344 }, /* ezmeeting */
	{ 26262, TU, 26566 }, /* k3software-svr */
	{ 26263, TU, 26551 }, /* k3software-cli */
	{ 26486, T , 17261 }, /* exoline-tcp */
	{ 26486, U , 17273 }, /* exoline-udp */
	{ 26487, TU, 17251 }, /* exoconfig */
	{ 26489, TU, 17285 }, /* exonet */
	{ 27010, T , 18592 }, /* flex-lmadmin */
	{ 27017, T , 30835 }, /* mongodb */
	{ 27345, TU, 23433 }, /* imagepump */
	{ 27442, TU, 26145 }, /* jesmsjc */
	{ 27504, TU, 26927 }, /* kopek-httphead */
	{ 27782, TU,  4077 }, /* ars-vista */
	{ 27876, T ,  4548 }, /* astrolink */
	{ 27999, TU, 53657 }, /* tw-auth-key */
	{ 28000, TU, 36042 }, /* nxlmd */
	{ 28001, T , 40417 }, /* pqsp */
	{ 28010, T , 20270 }, /* gruber-cashreg */
	{ 28080, T , 52130 }, /* thor-engine */
	{ 28119, U ,   698 }, /* a27-ran-ran */
	{ 28200, TU, 55503 }, /* voxelstorm */
	{ 28240, TU, 46755 }, /* siemensgsm */
	{ 28589, T ,  6810 }, /* bosswave */
	{ 29000, T , 44730 }, /* saltd-licensing */
	{ 29167, TU, 37939 }, /* otmp */
	{ 29999, T ,  6096 }, /* bingbang */
	{ 30000, T , 32873 }, /* ndmps */
	{ 30001, TU, 38325 }, /* pago-services1 */
	{ 30002, TU, 38340 }, /* pago-services2 */
	{ 30003, TU,  2445 }, /* amicon-fpsu-ra */
	{ 30004, U ,  2460 }, /* amicon-fpsu-s */
	{ 30100, T , 44476 }, /* rwp */
	{ 30260, TU, 26787 }, /* kingdomsonline */
	{ 30400, T , 20285 }, /* gs-realtime */
	{ 30832, U , 44751 }, /* samsung-disc */
	{ 30999, TU, 38044 }, /* ovobs */
	{ 31016, T , 26588 }, /* ka-sddp */
	{ 31016, U , 26581 }, /* ka-kdp */
	{ 31020, T ,  5056 }, /* autotrac-acp */
	{ 31029, U , 58314 }, /* yawn */
	{ 31337, TU, 15778 }, /* eldim */
	{ 31400, T , 38251 }, /* pace-licensed */
	{ 31416, TU, 58123 }, /* xqosd */
	{ 31457, TU, 52047 }, /* tetrinet */
	{ 31620, TU, 27961 }, /* lm-mon */
	{ 31685, T , 14850 }, /* dsx-monitor */
	{ 31765, TU, 19386 }, /* gamesmith-port */
	{ 31948, TU, 22670 }, /* iceedcp-tx */
	{ 31949, TU, 22659 }, /* iceedcp-rx */
	{ 32034, TU, 24915 }, /* iracinghelper */
	{ 32249, TU, 51093 }, /* t1distproc60 */
	{ 32400, T , 31974 }, /* plex */
	{ 32483, TU,  3189 }, /* apm-link */
	{ 32635, TU, 45644 }, /* sec-ntb-clnt */
	{ 32636, TU,   362 }, /* DMExpress */
	{ 32767, TU, 18065 }, /* filenet-powsrm */
	{ 32768, TU, 18115 }, /* filenet-tms */
	{ 32769, TU, 18103 }, /* filenet-rpc */
	{ 32770, TU, 18002 }, /* filenet-nch */
	{ 32771, TU, 18091 }, /* filenet-rmi */
	{ 32772, TU, 18028 }, /* filenet-pa */
	{ 32773, TU, 17991 }, /* filenet-cm */
	{ 32774, TU, 18080 }, /* filenet-re */
	{ 32775, TU, 18039 }, /* filenet-pch */
	{ 32776, TU, 18051 }, /* filenet-peior */
	{ 32777, TU, 18014 }, /* filenet-obrok */
	{ 32801, TU, 30590 }, /* mlsn */
	{ 32811, T , 43388 }, /* retp */
	{ 32896, TU, 23141 }, /* idmgratm */
	{ 33000, T , 56698 }, /* wg-endpt-comms */
	{ 33060, T , 32242 }, /* mysqlx */
	{ 33123, TU,  4905 }, /* aurora-balaena */
	{ 33331, TU, 13529 }, /* diamondport */
	{ 33333, T , 13279 }, /* dgi-serv */
	{ 33334, T , 48602 }, /* speedtrace */
	{ 33334, U , 48613 }, /* speedtrace-disc */
	{ 33434, TU, 44374 }, /* traceroute */
	{ 33435, U , 31901 }, /* mtrace */
	{ 33656, TU, 47923 }, /* snip-slave */
	{ 33890, T , 13603 }, /* digilent-adept */
	{ 34249, TU, 53591 }, /* turbonote-2 */
	{ 34378, TU, 38151 }, /* p-net-local */
	{ 34379, TU, 38163 }, /* p-net-remote */
	{ 34567, T , 13299 }, /* dhanalakshmi */
	{ 34567, U , 15456 }, /* edi_service */
	{ 34962, TU, 40912 }, /* profinet-rt */
	{ 34963, TU, 40924 }, /* profinet-rtm */
	{ 34964, TU, 40900 }, /* profinet-cm */
	{ 34980, TU, 16989 }, /* ethercat */
	{ 35000, T , 20950 }, /* heathview */
	{ 35001, TU, 44254 }, /* rt-viewer */
	{ 35002, T , 44245 }, /* rt-sound */
	{ 35003, T , 44185 }, /* rt-devicemapper */
	{ 35004, TU, 44169 }, /* rt-classmanager */
	{ 35005, T , 44231 }, /* rt-labtracker */
	{ 35006, T , 44221 }, /* rt-helper */
	{ 35100, TU,  5329 }, /* axio-disc */
	{ 35354, T , 26824 }, /* kitim */
	{ 35355, T ,  2322 }, /* altova-lm */
	{ 35355, U ,  2332 }, /* altova-lm-disc */
	{ 35356, T , 20470 }, /* guttersnex */
	{ 35357, T , 37133 }, /* openstack-id */
	{ 36001, TU,  2196 }, /* allpeers */
	{ 36411, U , 57041 }, /* wlcp */
	{ 36524, T , 17830 }, /* febooti-aw */
	{ 36602, T , 36119 }, /* observium-agent */
	{ 36700, T , 28965 }, /* mapx */
	{ 36865, TU, 26638 }, /* kastenxpipe */
	{ 37475, TU, 32938 }, /* neckar */
	{ 37483, T , 19567 }, /* gdrive-sync */
	{ 37601, T , 15631 }, /* eftp */
	{ 37654, TU, 54161 }, /* unisys-eportal */
	{ 38000, T , 25680 }, /* ivs-database */
	{ 38001, T , 25693 }, /* ivs-insertion */
	{ 38002, T , 11014 }, /* cresco-control */
	{ 38002, U , 11029 }, /* crescoctrl-disc */
	{ 38201, TU, 19335 }, /* galaxy7-data */
	{ 38202, TU, 17508 }, /* fairview */
	{ 38203, TU,  1850 }, /* agpolicy */
	{ 38638, T , 41291 }, /* psqlmws */
	{ 38800, T , 48933 }, /* sruth */
	{ 38865, T , 45726 }, /* secrmmsafecopya */
	{ 39063, T , 55627 }, /* vroa */
	{ 39681, TU, 53579 }, /* turbonote-1 */
	{ 40000, TU, 44588 }, /* safetynetp */
	{ 40023, U , 26535 }, /* k-patentssensor */
	{ 40404, T , 48798 }, /* sptx */
	{ 40841, TU, 45310 }, /* cscp */
	{ 40842, TU, 11310 }, /* csccredir */
	{ 40843, TU, 11297 }, /* csccfirewall */
	{ 40853, U , 37834 }, /* ortec-disc */
	{ 41111, TU, 18942 }, /* fs-qos */
	{ 41121, T , 36217 }, /* tentacle */
	{ 41230, TU, 58334 }, /* z-wave-s */
	{ 41794, TU, 11045 }, /* crestron-cip */
	{ 41795, TU, 11072 }, /* crestron-ctp */
	{ 41796, T , 11058 }, /* crestron-cips */
	{ 41797, T , 11085 }, /* crestron-ctps */
	{ 42508, TU,  7870 }, /* candp */
	{ 42509, TU,  7876 }, /* candrp */
	{ 42510, TU,  7640 }, /* caerpc */
	{ 42999, T , 11778 }, /* curiosity */
	{ 43000, T , 42994 }, /* recvr-rc */
	{ 43000, U , 43003 }, /* recvr-rc-disc */
	{ 43188, TU, 42950 }, /* reachout */
	{ 43189, TU, 32828 }, /* ndm-agent-port */
	{ 43190, TU, 24634 }, /* ip-provision */
	{ 43191, T , 35312 }, /* noit-transport */
	{ 43210, T , 46499 }, /* shaperai */
	{ 43210, U , 46508 }, /* shaperai-disc */
	{ 43438, U , 21231 }, /* hmip-routing */
	{ 43439, T , 16631 }, /* eq3-update */
	{ 43439, U , 16620 }, /* eq3-config */
	{ 43440, T , 17130 }, /* ew-mgmt */
	{ 43440, U , 17118 }, /* ew-disc-cmd */
	{ 43441, TU,  9333 }, /* ciscocsdb */
	{ 44123, T , 58343 }, /* z-wave-tunnel */
	{ 44321, TU, 39951 }, /* pmcd */
	{ 44322, TU, 39956 }, /* pmcdproxy */
	{ 44323, T , 40026 }, /* pmwebapi */
	{ 44444, T ,  9953 }, /* cognex-dataman */
	{ 44445, T ,  1233 }, /* acronis-backup */
	{ 44544, U , 14393 }, /* domiq */
	{ 44553, TU, 42739 }, /* rbr-debug */
	{ 44600, U ,  4303 }, /* asihpi */
	{ 44818, TU,   401 }, /* EtherNet-IP-2 */
	{ 44900, T , 28624 }, /* m3da */
	{ 44900, U , 28629 }, /* m3da-disc */
	{ 45000, T ,  4344 }, /* asmp */
	{ 45000, U ,  4349 }, /* asmp-mon */
	{ 45001, T ,  4358 }, /* asmps */
	{ 45002, T , 44032 }, /* rs-status */
	{ 45045, T , 50840 }, /* synctest */
	{ 45054, TU, 24545 }, /* invision-ag */
	{ 45514, T ,  9635 }, /* cloudcheck */
	{ 45514, U ,  9646 }, /* cloudcheck-ping */
	{ 45678, TU, 15337 }, /* eba */
	{ 45824, T , 12187 }, /* dai-shell */
	{ 45825, TU, 41729 }, /* qdb2service */
	{ 45966, TU, 49157 }, /* ssr-servermgr */
	{ 46336, T , 23755 }, /* inedo */
	{ 46998, T , 48739 }, /* spremotetablet */
	{ 46999, TU, 29610 }, /* mediabox */
	{ 47000, TU, 29152 }, /* mbus */
	{ 47001, T , 56955 }, /* winrm */
	{ 47100, U , 26462 }, /* jvl-mactalk */
	{ 47557, TU, 12501 }, /* dbbrowse */
	{ 47624, TU, 13732 }, /* directplaysrvr */
	{ 47806, TU, 21987 }, /* ap */
	{ 47808, TU,  5518 }, /* bacnet */
	{ 47809, U , 40553 }, /* presonus-ucnet */
	{ 48000, TU, 34944 }, /* nimcontroller */
	{ 48001, TU, 34998 }, /* nimspooler */
	{ 48002, TU, 34965 }, /* nimhub */
	{ 48003, TU, 34958 }, /* nimgtw */
	{ 48004, T , 34922 }, /* nimbusdb */
	{ 48005, T , 34931 }, /* nimbusdbctrl */
	{ 48048, T , 26432 }, /* juka */
	{ 48049, T ,   142 }, /* 3gpp-cbsp */
	{ 48050, T , 56455 }, /* weandsf */
	{ 48128, TU, 25265 }, /* isnetserv */
	{ 48129, TU,  6313 }, /* blp5 */
	{ 48556, TU, 10062 }, /* com-bardac-dw */
	{ 48619, TU, 24887 }, /* iqobject */
	{ 48653, TU, 43812 }, /* robotraconteur */
	{ 49000, T , 29026 }, /* matahari */
	{ 49001, T , 35951 }, /* nusrp */
	{ 49001, U , 35940 }, /* nusdp-disc */
	{ 49150, T , 24100 }, /* inspider */
};

const size_t services_iana_count =
	sizeof(services_iana_table) / sizeof(services_iana_table[0]);
