/**
 * Our own name lists: countries with their demonyms, regions and large cities, organization words,
 * titles and given names. Written for this project; lower-cased keys, multi-word names allowed.
 */

/** Country | demonym adjective | plural demonyms (comma separated). */
const COUNTRIES = `
Afghanistan|Afghan|Afghans;Albania|Albanian|Albanians;Algeria|Algerian|Algerians;Andorra|Andorran|Andorrans;
Angola|Angolan|Angolans;Argentina|Argentine,Argentinian|Argentines,Argentinians;Armenia|Armenian|Armenians;
Australia|Australian|Australians;Austria|Austrian|Austrians;Azerbaijan|Azerbaijani,Azeri|Azerbaijanis,Azeris;
Bahamas|Bahamian|Bahamians;Bahrain|Bahraini|Bahrainis;Bangladesh|Bangladeshi|Bangladeshis;Barbados|Barbadian|Barbadians;
Belarus|Belarusian|Belarusians;Belgium|Belgian|Belgians;Belize|Belizean|Belizeans;Benin|Beninese|;Bhutan|Bhutanese|;
Bolivia|Bolivian|Bolivians;Bosnia|Bosnian|Bosnians;Botswana|Botswanan|Batswana;Brazil|Brazilian|Brazilians;
Brunei|Bruneian|Bruneians;Bulgaria|Bulgarian|Bulgarians;Burkina Faso|Burkinabe|;Burundi|Burundian|Burundians;
Cambodia|Cambodian,Khmer|Cambodians;Cameroon|Cameroonian|Cameroonians;Canada|Canadian|Canadians;
Chad|Chadian|Chadians;Chile|Chilean|Chileans;China|Chinese|;Colombia|Colombian|Colombians;Congo|Congolese|;
Costa Rica|Costa Rican|Costa Ricans;Croatia|Croatian,Croat|Croatians,Croats;Cuba|Cuban|Cubans;Cyprus|Cypriot|Cypriots;
Czech Republic,Czechia|Czech|Czechs;Denmark|Danish|Danes;Djibouti|Djiboutian|;Dominican Republic|Dominican|Dominicans;
Ecuador|Ecuadorian|Ecuadorians;Egypt|Egyptian|Egyptians;El Salvador|Salvadoran|Salvadorans;England|English|;
Eritrea|Eritrean|Eritreans;Estonia|Estonian|Estonians;Ethiopia|Ethiopian|Ethiopians;Fiji|Fijian|Fijians;
Finland|Finnish|Finns;France|French|;Gabon|Gabonese|;Gambia|Gambian|Gambians;Georgia|Georgian|Georgians;
Germany|German|Germans;Ghana|Ghanaian|Ghanaians;Greece|Greek|Greeks;Guatemala|Guatemalan|Guatemalans;
Guinea|Guinean|Guineans;Guyana|Guyanese|;Haiti|Haitian|Haitians;Honduras|Honduran|Hondurans;Hong Kong|Hong Konger|Hong Kongers;
Hungary|Hungarian|Hungarians;Iceland|Icelandic|Icelanders;India|Indian|Indians;Indonesia|Indonesian|Indonesians;
Iran|Iranian|Iranians;Iraq|Iraqi|Iraqis;Ireland|Irish|;Israel|Israeli|Israelis;Italy|Italian|Italians;
Ivory Coast|Ivorian|Ivorians;Jamaica|Jamaican|Jamaicans;Japan|Japanese|;Jordan|Jordanian|Jordanians;
Kazakhstan|Kazakh|Kazakhs;Kenya|Kenyan|Kenyans;Kosovo|Kosovar|Kosovars;Kuwait|Kuwaiti|Kuwaitis;Kyrgyzstan|Kyrgyz|;
Laos|Lao,Laotian|Laotians;Latvia|Latvian|Latvians;Lebanon|Lebanese|;Liberia|Liberian|Liberians;Libya|Libyan|Libyans;
Lithuania|Lithuanian|Lithuanians;Luxembourg|Luxembourgish|Luxembourgers;Macedonia,North Macedonia|Macedonian|Macedonians;
Madagascar|Malagasy|;Malawi|Malawian|Malawians;Malaysia|Malaysian|Malaysians;Maldives|Maldivian|Maldivians;
Mali|Malian|Malians;Malta|Maltese|;Mauritania|Mauritanian|Mauritanians;Mauritius|Mauritian|Mauritians;
Mexico|Mexican|Mexicans;Moldova|Moldovan|Moldovans;Monaco|Monegasque|;Mongolia|Mongolian|Mongolians;
Montenegro|Montenegrin|Montenegrins;Morocco|Moroccan|Moroccans;Mozambique|Mozambican|Mozambicans;
Myanmar,Burma|Burmese,Myanmar|;Namibia|Namibian|Namibians;Nepal|Nepali,Nepalese|Nepalis;Netherlands,Holland|Dutch|;
New Zealand|New Zealand|New Zealanders;Nicaragua|Nicaraguan|Nicaraguans;Niger|Nigerien|Nigeriens;
Nigeria|Nigerian|Nigerians;North Korea|North Korean|North Koreans;Norway|Norwegian|Norwegians;Oman|Omani|Omanis;
Pakistan|Pakistani|Pakistanis;Palestine|Palestinian|Palestinians;Panama|Panamanian|Panamanians;
Papua New Guinea|Papua New Guinean|Papua New Guineans;Paraguay|Paraguayan|Paraguayans;Peru|Peruvian|Peruvians;
Philippines|Philippine,Filipino|Filipinos;Poland|Polish|Poles;Portugal|Portuguese|;Qatar|Qatari|Qataris;
Romania|Romanian|Romanians;Russia|Russian|Russians;Rwanda|Rwandan|Rwandans;Saudi Arabia|Saudi|Saudis;
Scotland|Scottish|Scots;Senegal|Senegalese|;Serbia|Serbian|Serbs,Serbians;Sierra Leone|Sierra Leonean|Sierra Leoneans;
Singapore|Singaporean|Singaporeans;Slovakia|Slovak|Slovaks;Slovenia|Slovenian,Slovene|Slovenians,Slovenes;
Somalia|Somali|Somalis;South Africa|South African|South Africans;South Korea|South Korean|South Koreans;
South Sudan|South Sudanese|;Spain|Spanish|Spaniards;Sri Lanka|Sri Lankan|Sri Lankans;Sudan|Sudanese|;
Sweden|Swedish|Swedes;Switzerland|Swiss|;Syria|Syrian|Syrians;Taiwan|Taiwanese|;Tajikistan|Tajik|Tajiks;
Tanzania|Tanzanian|Tanzanians;Thailand|Thai|Thais;Togo|Togolese|;Trinidad|Trinidadian|Trinidadians;
Tunisia|Tunisian|Tunisians;Turkey,Turkiye|Turkish|Turks;Turkmenistan|Turkmen|;Uganda|Ugandan|Ugandans;
Ukraine|Ukrainian|Ukrainians;United Arab Emirates,UAE|Emirati|Emiratis;United Kingdom,Britain,Great Britain,U.K.,UK|British|Britons,Brits;
United States,U.S.,US,USA,U.S.A.,America|American|Americans;Uruguay|Uruguayan|Uruguayans;Uzbekistan|Uzbek|Uzbeks;
Venezuela|Venezuelan|Venezuelans;Vietnam,Viet Nam|Vietnamese|;Wales|Welsh|;Yemen|Yemeni|Yemenis;Zambia|Zambian|Zambians;
Zimbabwe|Zimbabwean|Zimbabweans;Korea|Korean|Koreans;Europe|European|Europeans;Africa|African|Africans;
Asia|Asian|Asians;Southeast Asia|Southeast Asian|Southeast Asians;Arabia|Arab|Arabs;Latin America|Latin American|Latin Americans;Soviet Union,USSR|Soviet|Soviets;
Kurdistan|Kurdish|Kurds;Chechnya|Chechen|Chechens;Tibet|Tibetan|Tibetans;Basque Country|Basque|Basques;
Catalonia|Catalan|Catalans;Flanders|Flemish|;Bavaria|Bavarian|Bavarians;Quebec|Quebecois|;Sicily|Sicilian|Sicilians;
Texas|Texan|Texans;California|Californian|Californians;Hawaii|Hawaiian|Hawaiians
`;

/** Religions, ethnic and political groups that CoNLL-style tagging treats like nationalities. */
const GROUP_DEMONYMS = `Muslim,Muslims,Christian,Christians,Jewish,Jews,Jew,Catholic,Catholics,Protestant,Protestants,
Hindu,Hindus,Buddhist,Buddhists,Sikh,Sikhs,Shi'ite,Shiite,Shia,Sunni,Sunnis,Islamic,Western,Westerners,Eastern,
Hispanic,Hispanics,Latino,Latinos,Latina,Roma,Uighur,Uighurs,Uyghur,Uyghurs,Rohingya,Pashtun,Pashtuns,Tamil,Tamils,
Hutu,Hutus,Tutsi,Tutsis,Zulu,Serb,Balkan,Baltic,Nordic,Scandinavian,Scandinavians,Mediterranean,Caribbean,Pacific,Atlantic,
Olympic,Democrat,Democrats,Republican,Republicans,Communist,Communists,Conservative,Conservatives,Socialist,Socialists`;

/** Regions, states and large cities (not countries). */
const PLACES = `Alabama,Alaska,Arizona,Arkansas,Colorado,Connecticut,Delaware,Florida,Idaho,Illinois,Indiana,Iowa,Kansas,
Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,
New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,
South Carolina,South Dakota,Tennessee,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming,
District of Columbia,Puerto Rico,Guam,Ontario,British Columbia,Alberta,Manitoba,Saskatchewan,Nova Scotia,
London,Paris,Berlin,Madrid,Rome,Moscow,Beijing,Shanghai,Tokyo,Seoul,Bangkok,Phnom Penh,Hanoi,Ho Chi Minh City,Manila,
Jakarta,Kuala Lumpur,Delhi,New Delhi,Mumbai,Karachi,Lahore,Islamabad,Kabul,Tehran,Baghdad,Damascus,Beirut,Jerusalem,
Tel Aviv,Gaza,West Bank,Cairo,Riyadh,Dubai,Abu Dhabi,Doha,Ankara,Istanbul,Athens,Vienna,Prague,Warsaw,Budapest,
Bucharest,Sofia,Belgrade,Zagreb,Sarajevo,Kiev,Kyiv,Minsk,Vilnius,Riga,Tallinn,Helsinki,Stockholm,Oslo,Copenhagen,
Amsterdam,Brussels,Geneva,Zurich,Bern,Lisbon,Dublin,Edinburgh,Glasgow,Manchester,Liverpool,Birmingham,Frankfurt,
Munich,Hamburg,Milan,Naples,Barcelona,Marseille,Lyon,Toronto,Montreal,Vancouver,Ottawa,Chicago,Los Angeles,
San Francisco,Boston,Philadelphia,Houston,Dallas,Atlanta,Miami,Seattle,Detroit,Baltimore,Denver,Phoenix,
Las Vegas,San Diego,New Orleans,Cleveland,Pittsburgh,Memphis,Milwaukee,Minneapolis,St. Louis,Kansas City,
Nashville,Orlando,Tampa,Sacramento,Portland,Indianapolis,Columbus,Charlotte,San Antonio,Austin,Oakland,Brooklyn,
Manhattan,Bronx,Queens,Staten Island,Harlem,Mexico City,Havana,Bogota,Caracas,Lima,Santiago,Buenos Aires,
Sao Paulo,Rio de Janeiro,Brasilia,Montevideo,Nairobi,Lagos,Abuja,Johannesburg,Cape Town,Pretoria,Addis Ababa,
Khartoum,Kinshasa,Kampala,Harare,Algiers,Tunis,Tripoli,Rabat,Casablanca,Dakar,Accra,Mogadishu,Sydney,Melbourne,
Brisbane,Perth,Canberra,Auckland,Wellington,Hong Kong,Singapore,Taipei,Pyongyang,Busan,Incheon,Osaka,Kyoto,
Hiroshima,Chittagong,Dhaka,Colombo,Kathmandu,Yangon,Rangoon,Vientiane,Ulan Bator,Tashkent,Almaty,Astana,Baku,
Tbilisi,Yerevan,Sihanoukville,Siem Reap,Chiang Mai,Phuket,Pattaya,Mekong,Danube,Rhine,Thames,Nile,Amazon,
Himalayas,Alps,Middle East,Southeast Asia,South Asia,East Asia,Central Asia,North America,South America,
Central America,Western Europe,Eastern Europe,Balkans,Caucasus,Sahara,Gulf,Persian Gulf,Red Sea,Black Sea,
Mediterranean Sea,Pacific Ocean,Atlantic Ocean,Indian Ocean,Arctic,Antarctica,Siberia,Kashmir,Punjab,Bengal,
Crimea,Donbas,Kurdistan,Darfur,Sinai,Golan Heights,Taiwan Strait,Wall Street,Capitol Hill,Silicon Valley,Hollywood,
Fort Hood,Fort Worth,Long Island,Cook County,Orange County,Los Angeles County,Chicagoland,Midwest`;

/** Words that make a capitalized name an organization. */
export const ORG_WORDS = new Set(`agency,agencies,ministry,department,dept.,commission,council,court,courts,university,
college,school,academy,institute,bank,group,inc,inc.,corp,corp.,corporation,co,co.,ltd,ltd.,llc,plc,ag,gmbh,sa,nv,party,
army,navy,force,forces,police,secretariat,office,association,union,company,committee,service,services,times,news,post,
journal,herald,tribune,gazette,press,television,tv,radio,network,networks,club,fc,united,city fc,federation,league,
organization,organisation,foundation,trust,fund,authority,board,bureau,administration,assembly,parliament,senate,
congress,cabinet,government,embassy,consulate,hospital,clinic,church,mosque,temple,airlines,airways,airline,motors,
holdings,industries,systems,technologies,partners,capital,securities,exchange,reserve,guard,brigade,battalion,
regiment,corps,command,squad,unit,centre,center,movement,front,alliance,coalition,society,institution,labs,
laboratories,pharmaceuticals,energy,petroleum,oil,gas,telecom,communications,media,records,studios,pictures,
entertainment,magazine,review,daily,weekly,broadcasting,broadcaster,corporation,conference,tribunal,prosecutors,
prosecutor's,sheriff's,fire,rescue,patrol,marshals,interpol,europol,shipping,logistics,mining,minerals,metals,steel,
chemical,chemicals,foods,beverages,brewing,breweries,insurance,assurance,financial,bancorp,investments,ventures,resources,
electric,electronics,semiconductor,semiconductors,software,computer,computers,telecommunications,transport,transportation,
railway,railways,railroad,automotive,aerospace,hotels,resorts,stores,brands,textiles,mills,cement,pharma,biotech,
therapeutics,healthcare,realty,properties,construction,engineering,manufacturing,enterprises,solutions,associates,
consulting`.split(/[,\s]+/).filter(Boolean));

/** Known organizations that carry no organization word. */
const ORGANIZATIONS = `Reuters,Associated Press,AP,AFP,Bloomberg,NHK,BBC,CNN,CBS,NBC,ABC,Fox,NPR,Al Jazeera,Xinhua,Yonhap,
Kyodo,FBI,CIA,NSA,ATF,DEA,ICE,NATO,UN,U.N.,United Nations,EU,European Union,OPEC,IMF,World Bank,WHO,UNICEF,UNHCR,
Interpol,Europol,Red Cross,Amnesty International,Human Rights Watch,Pentagon,Kremlin,White House,Downing Street,
Congress,Senate,Parliament,Google,Apple,Microsoft,Amazon.com,Facebook,Meta,Twitter,Tesla,Toyota,Samsung,Sony,
Boeing,Airbus,Volkswagen,Nissan,Honda,Hyundai,IBM,Intel,Nike,Walmart,Citigroup,Goldman Sachs,JPMorgan,
Morgan Stanley,Barclays,HSBC,Deutsche Bank,Fiat,Renault,Peugeot,Siemens,Nestle,Unilever,Shell,BP,Exxon,Chevron,
Gazprom,Aeroflot,Lufthansa,Qantas,Hamas,Hezbollah,Taliban,Al Qaeda,Islamic State,ISIS,ISIL,Fatah,IRA,ETA,
Bundesbank,Fed,Nasdaq,Dow Jones,Nikkei,Lakers,Yankees,Red Sox,Angels,Dodgers,Mets,Cubs,Arsenal,Chelsea,Liverpool FC,
Manchester United,Real Madrid,Barcelona FC,Juventus,Bayern Munich,Ajax,PSV,Celtic,Rangers,Interior Ministry,
Foreign Ministry,Justice Department,State Department,Supreme Court,Prince Group`;

/** Titles and roles that precede a person's name and are not part of it. */
export const TITLES = new Set(`mr,mr.,mrs,mrs.,ms,ms.,dr,dr.,prof,prof.,sir,dame,lord,lady,president,vice,prime,minister,
chancellor,king,queen,prince,princess,pope,sheikh,emir,sultan,gen,gen.,general,col,col.,colonel,lt,lt.,lieutenant,
sgt,sgt.,sergeant,capt,capt.,captain,maj,maj.,major,cpl,cpl.,corporal,pvt,pvt.,private,officer,detective,det.,
chief,inspector,insp.,superintendent,supt.,commissioner,sheriff,deputy,agent,judge,justice,senator,sen.,
representative,rep.,governor,gov.,mayor,councilman,councilwoman,secretary,ambassador,spokesman,spokeswoman,
spokesperson,director,chairman,chairwoman,ceo,coach,manager,striker,midfielder,defender,goalkeeper,pitcher,
rev.,reverend,father,bishop,archbishop,cardinal,rabbi,imam,ayatollah,adviser,advisor,attorney,prosecutor,
lawmaker,legislator,mp,premier,dictator,leader,founder,head,commander,admiral,adm.,cmdr.,st.,saint,jr.,sr.`.split(/[,\s]+/).filter(Boolean));

/** Common given names from many cultures, for "Name Surname" patterns. */
const GIVEN_NAMES = `james,john,robert,michael,william,david,richard,joseph,thomas,charles,christopher,daniel,matthew,
anthony,mark,donald,steven,paul,andrew,joshua,kenneth,kevin,brian,george,timothy,ronald,edward,jason,jeffrey,ryan,
jacob,gary,nicholas,eric,jonathan,stephen,larry,justin,scott,brandon,benjamin,samuel,gregory,alexander,frank,patrick,
raymond,jack,dennis,jerry,tyler,aaron,jose,adam,nathan,henry,douglas,zachary,peter,kyle,ethan,walter,noah,jeremy,
christian,keith,roger,terry,gerald,harold,sean,austin,carl,arthur,lawrence,dylan,jesse,jordan,bryan,billy,joe,bruce,
gabriel,logan,albert,willie,alan,juan,wayne,elijah,randy,roy,vincent,ralph,eugene,russell,bobby,mason,philip,louis,
mary,patricia,jennifer,linda,elizabeth,barbara,susan,jessica,sarah,karen,lisa,nancy,betty,margaret,sandra,ashley,
kimberly,emily,donna,michelle,carol,amanda,dorothy,melissa,deborah,stephanie,rebecca,sharon,laura,cynthia,kathleen,
amy,angela,shirley,anna,brenda,pamela,emma,nicole,helen,samantha,katherine,christine,debra,rachel,carolyn,janet,
catherine,maria,heather,diane,ruth,julie,olivia,joyce,virginia,victoria,kelly,lauren,christina,joan,evelyn,judith,
megan,andrea,cheryl,hannah,jacqueline,martha,gloria,teresa,ann,sara,madison,frances,kathryn,janice,jean,abigail,
alice,judy,sophia,grace,denise,amber,doris,marilyn,danielle,beverly,isabella,theresa,diana,natalie,brittany,
charlotte,marie,kayla,alexis,lori,tom,jim,bob,mike,bill,dave,steve,tony,chris,nick,ben,sam,dan,matt,pat,ed,al,
jean-claude,jean-pierre,pierre,jacques,francois,michel,philippe,alain,nicolas,emmanuel,helmut,gerhard,angela,
wolfgang,klaus,juergen,hans,karl,friedrich,giuseppe,giovanni,silvio,mario,luigi,carlos,luis,miguel,jorge,pedro,
manuel,fernando,antonio,francisco,javier,diego,pablo,alejandro,ricardo,eduardo,roberto,sergio,rafael,raul,hugo,
vladimir,boris,dmitry,sergei,igor,ivan,mikhail,alexei,yuri,viktor,nikolai,andrei,oleg,pavel,olga,tatiana,natasha,
mohammed,muhammad,mohamed,ahmed,ahmad,ali,hassan,hussein,omar,abdul,abdullah,ibrahim,mahmoud,khalid,youssef,yusuf,
mustafa,saddam,osama,yasser,benjamin,ariel,yitzhak,shimon,ehud,moshe,david,recep,ahmet,mehmet,kemal,
kim,park,lee,moon,yoon,choi,jae-in,xi,li,wang,zhang,liu,chen,yang,zhao,huang,zhou,wu,hu,jiang,deng,mao,
shinzo,junichiro,yoshihiko,naoto,taro,hiroshi,takeshi,akira,yuki,narendra,rahul,sonia,manmohan,imran,nawaz,
benazir,pervez,hun,sam,prayuth,thaksin,yingluck,somchai,rodrigo,joko,mahathir,najib,nelson,jacob,thabo,
robert,kofi,olusegun,goodluck,muammar,hosni,anwar,bashar,hafez,recep,barack,hillary,bernie,joe,kamala,nancy,
mitch,dick,condoleezza,colin,rudy,newt,rick,mitt,jeb,marco,ted,rand,ivanka,melania,jared,rex,mike,sarah,john-paul`;

/** More given names: common first names in English-language news, and frequent ones from elsewhere. */
const MORE_GIVEN_NAMES = `aaliyah,abby,abdel,abdullahi,abraham,abu,ada,adeline,adrian,adriana,agnes,ahmadu,aidan,aisha,akbar,alan,
alana,albert,alberto,alec,alejandra,alex,alexa,alexander,alexandra,alfonso,alfred,alfredo,alicia,alison,allan,allen,allison,alma,
alvin,alyssa,amanda,amelia,amir,ana,andre,andrea,andres,andy,angel,angelica,angelina,angelo,anita,ann,anne,annette,annie,antoine,
antonia,antwan,archie,arjun,arlene,armando,arnold,arturo,ashok,ashton,audrey,ava,avery,barry,beatrice,becky,belinda,ben,
benedict,bernard,bernadette,bertha,beth,bethany,betsy,beverly,bianca,blake,bobbie,bonnie,brad,bradley,brandi,brandy,brenda,brendan,
brent,brett,brianna,bridget,brittney,brooke,bruno,bryce,byron,caitlin,caleb,calvin,cameron,camila,candace,cara,carla,carlton,carmen,
carol,caroline,carrie,casey,cassandra,catalina,cecilia,cedric,celia,cesar,chad,chandra,charlene,charlie,charlotte,chelsea,cheryl,
chloe,christie,christy,chuck,cindy,claire,clara,clarence,claude,claudia,clayton,clifford,clint,cody,colleen,connie,connor,
constance,cora,corey,cory,courtney,craig,cristina,curtis,cynthia,dale,damian,damon,dana,danny,darius,darla,darlene,darnell,
darrell,darren,darryl,daryl,dave,dean,deanna,debbie,deborah,delores,demetrius,derek,derrick,desiree,devin,devon,dianne,dick,dina,
dolores,dominic,dominique,don,donald,donna,donnell,dora,doreen,doug,duane,dustin,dwayne,dwight,earl,ebony,eddie,edgar,edith,edna,
eduardo,edwin,eileen,elaine,eleanor,elena,eli,elias,elijah,elisa,elizabeth,ella,ellen,ellie,elliot,elmer,eloise,elsa,emanuel,
emilio,emily,emma,enrique,erica,erik,erika,erin,ernest,ernesto,esther,ethan,eugene,eva,evan,everett,fabian,farah,fatima,felicia,
felipe,felix,fernando,fiona,floyd,forrest,frances,francine,frank,frankie,franklin,fred,freddie,frederick,gabriel,gabriela,gabrielle,
gail,garrett,gavin,gene,geneva,genevieve,geoffrey,gerald,geraldine,gerardo,gilbert,gina,ginger,giovanni,glen,glenda,glenn,
gordon,grady,graham,grant,greg,gregg,greta,gretchen,guadalupe,guillermo,gustavo,gwen,gwendolyn,hailey,haley,hank,harold,harriet,
harrison,harry,harvey,hassan,hazel,heidi,hector,helen,henrietta,herbert,herman,hilary,hillary,hiroshi,holly,homer,howard,hugh,ian,
ida,ignacio,ingrid,irene,iris,irma,isaac,isabel,isaiah,ismail,ivan,jackie,jaime,jake,jamal,jamie,jan,jana,jane,janelle,
janet,janie,jared,jasmine,javier,jay,jayden,jeanette,jeanne,jeff,jeffery,jenna,jenny,jeremiah,jerome,jessie,jill,jimmy,joan,
joann,joanna,joanne,jody,joel,joey,johanna,johnnie,johnny,jon,jonah,jorge,josefina,joseph,josephine,josh,joy,juanita,jude,julia,
julian,juliana,julio,julius,justine,kaitlyn,kara,kareem,karl,kate,kathy,katie,katrina,kay,kayla,keisha,kelley,kelsey,ken,
kendra,kenneth,kenny,kent,kerry,kim,kimberly,kirk,kristen,kristin,kristina,kurt,kyle,lamar,lana,lance,latasha,latoya,laura,
lauren,laurie,leah,lee,leigh,lena,leo,leon,leonard,leroy,leslie,lester,leticia,lewis,liam,lillian,lily,lindsay,lindsey,lionel,
lloyd,logan,lois,lonnie,lorena,lorenzo,loretta,lorraine,louis,louise,lucas,lucia,lucille,lucy,luke,lydia,lynn,mabel,mackenzie,
madeline,maggie,malcolm,mandy,marc,marcia,marco,marcos,marcus,margarita,margie,maria,marian,marianne,marie,marilyn,mario,marion,
marisol,marjorie,marlene,marlon,marsha,marshall,martin,marvin,maryann,mathew,mattie,maureen,maurice,max,maxine,megan,meghan,
melanie,melinda,melvin,mercedes,meredith,micah,michele,miguel,mildred,miles,milton,minnie,miranda,miriam,misty,mitchell,mohammad,
molly,monica,monique,morgan,morris,moses,muriel,myra,myron,nadia,nadine,naomi,nasir,natalie,nathaniel,neal,neil,nellie,nettie,
nicholas,nichole,nina,noel,nora,norma,norman,olga,oliver,olivia,omar,orlando,oscar,otis,owen,paige,pamela,patsy,patti,patty,paula,
paulette,pauline,pearl,peggy,penny,percy,perry,phil,philip,phillip,phyllis,preston,priscilla,priya,rachael,rafael,rajesh,ralph,
ramiro,ramon,randall,randolph,raquel,rashad,raul,reggie,regina,reginald,renee,rex,rhonda,ricardo,rick,ricky,riley,rita,robbie,
roberta,roberto,robin,rochelle,rodney,rodolfo,rogelio,roland,ronnie,rosa,rosalie,rosemary,ross,roxanne,ruben,rudolph,rudy,rufus,
russell,ruth,ryan,sabrina,sadie,sally,salvador,sam,sammy,samuel,sandy,santiago,santos,sarah,saul,sergio,seth,shane,
shannon,shari,shaun,shawn,shawna,sheila,shelby,shelley,shelly,sheri,sherri,sherry,sidney,silvia,simon,sonia,sonya,sophie,spencer,
stacey,stacy,stan,stanley,stella,stephanie,steve,stuart,sue,susie,suzanne,sylvia,tabitha,tamara,tami,tammy,tania,tanya,tara,
ted,teddy,terence,teresa,terrance,terrell,terri,thelma,theodore,theresa,tiffany,tim,timothy,tina,toby,todd,tom,tommy,toni,
tonya,tracey,traci,tracy,travis,trent,trevor,tricia,trisha,troy,tyrone,valerie,vanessa,vera,vernon,veronica,vicki,vickie,vicky,
victor,viola,violet,virgil,vivian,wade,wallace,wanda,warren,wendell,wendy,wesley,whitney,wilbur,wilma,wilson,winston,xavier,
yolanda,yvette,yvonne,zachary,zoe,
abdulaziz,abdulrahman,ahmet,aleksandr,alexei,amit,anatoly,andrzej,anil,arvind,ashraf,bilal,boris,cheng,deepak,dmitri,
emeka,erdogan,fatih,francesca,gennady,gholam,gunter,hamid,hamza,hideki,hiroyuki,hussain,ibrahim,ilya,ismael,jacek,jin,
jorge,kamal,karim,kazuo,khaled,kofi,krzysztof,kumar,lars,lech,leonid,lukas,mahmood,mahmud,majid,makoto,manoj,marek,masood,mehdi,
mikhail,min,mohsen,mustapha,nikolai,nnamdi,noura,nuri,olusegun,pavel,piotr,pradeep,rahim,raj,ramesh,rashid,reza,riccardo,rustam,
saeed,salim,samir,sanjay,satoshi,sergey,shahid,sunil,suresh,takashi,tariq,tomasz,valentina,vijay,viktor,vladislav,wei,
yasmin,yevgeny,yong,yoshi,youssef,yury,zoran`;

function entries(list: string): string[] {
  return list.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
}

export interface CountryEntry {
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
}

function parseCountries(): CountryEntry[] {
  return COUNTRIES.split(';').map((row) => row.trim()).filter(Boolean).map((row) => {
    const [names, adjectives, plurals] = row.split('|');
    return {
      names: names.split(',').map((s) => s.trim()).filter(Boolean),
      demonyms: [...adjectives.split(','), ...(plurals ?? '').split(',')].map((s) => s.trim()).filter(Boolean),
    };
  });
}

export type GazetteerType = 'location' | 'nationality' | 'organization';

/** Lower-cased name → type, multi-word names included. */
export const NAMES: ReadonlyMap<string, GazetteerType> = (() => {
  const map = new Map<string, GazetteerType>();
  for (const name of entries(PLACES)) map.set(name.toLowerCase(), 'location');
  for (const name of entries(ORGANIZATIONS)) map.set(name.toLowerCase(), 'organization');
  for (const name of entries(GROUP_DEMONYMS)) map.set(name.toLowerCase(), 'nationality');
  for (const c of parseCountries()) {
    for (const d of c.demonyms) map.set(d.toLowerCase(), 'nationality');
    for (const n of c.names) map.set(n.toLowerCase(), 'location');
  }
  return map;
})();

/** Demonym (lower case) → the canonical adjective of its country ("thais" → "thai"). */
export const DEMONYM_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const c of parseCountries()) for (const d of c.demonyms) map.set(d.toLowerCase(), c.demonyms[0].toLowerCase());
  return map;
})();

/** The longest gazetteer name has this many words. */
export const MAX_NAME_WORDS = 4;

export const GIVEN = new Set([...entries(GIVEN_NAMES), ...entries(MORE_GIVEN_NAMES)]);
