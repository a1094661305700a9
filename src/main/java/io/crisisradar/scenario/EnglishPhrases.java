package io.crisisradar.scenario;

/**
 * English phrase templates (format in {@link Phrasebook}, slots in {@link TextComposer}): expats,
 * tourists and English-writing Poles talking about the same brands. Brand names are never
 * followed by "'s": the job's brand rules match whole words, and "Błysk's" is not "Błysk".
 */
final class EnglishPhrases {

    private EnglishPhrases() {}

    static final String TEXT =
            """
            == DELIVERY
            [c] {B} lost my {parcel|package} {again|once again|yet again}, unbelievable
            [c] Still waiting for my {B} delivery, {days} late now
            [c] Where is my {parcel|package} {B}? Tracking hasn't moved in {days}
            [c] The {B} courier never came. Took a day off for nothing
            [c] Parcel from {B} arrived damaged, box crushed and everything inside broken
            [c] {B} marked my {parcel|package} as delivered but it never arrived
            [c] Delivery delayed {AGAIN|again|once again}. Terrible job {B}
            [c] Ordered with {B} express delivery, still waiting {days} later
            [c] Wrong package delivered by {B} and {nobody|no one} wants to fix it
            [c] {B} cancelled my delivery slot at the last minute, no explanation
            [c] My {parcel|package} is stuck in the {B} depot {city}, delayed {days} already
            [c] {B} left a card saying I wasn't home. I was home all day. Parcel still not delivered
            [c] {B} courier threw my {parcel|package} over the fence, the {parcel|package} arrived damaged and the glass inside is broken
            [c] Third delivery attempt and my {parcel|package} still hasn't arrived. {B} what is going on?
            [c] How much longer do I have to wait for my {B} {parcel|package}? {days} already
            [c] {B} delivery delays are getting {ridiculous|absurd|a joke}
            [c] Package returned to sender, never delivered, not a single attempt. Awful service from {B}
            [c] The {B} tracking says "out for delivery" for {days}. Where is my package?
            [c] {B} lost a {parcel|package} with my passport in it. Still no idea where it is
            [c] Been waiting for the {B} courier since 8am. It's 5pm and I'm still waiting, delivery window long gone
            [c] {B} lost my {parcel|package}, apparently left with a neighbour I've never met
            [c] My {B} {parcel|package} has been "in transit" for {days}. Delayed with no update
            [c] {B} is late {again|once again|yet again}. Delivery window missed by {hours}
            [c] Still waiting on the {B} delivery that was due yesterday
            [g] {B} grocery delivery {hours} late, the ice cream melted everywhere
            [g] Half of my {B} order never arrived and I was still charged
            [g] {B} delivery cancelled an hour before the slot. Great, no dinner tonight
            [g] Wrong items delivered by {B} {again|once again|yet again}, not what I ordered
            [g] {B} driver was {hours} late and the frozen stuff had thawed
            [g] Waiting for my {B} order {since this morning|since early morning|since 7am}, delivery delayed twice
            [t] Phone ordered from {B} still not delivered after {days}
            [t] {B} never delivered my new SIM card, still waiting
            [b] My new {B} card never arrived, waiting {days} now
            [b] {B} sent my card by courier and the delivery got cancelled twice

            == CUSTOMER_SERVICE
            {B} customer service is a joke
            On hold with {B} for 45 minutes, then they hung up on me
            {@care} still waiting for a reply, {days} now
            {Nobody|No one} at {B} answers emails. Ever
            {B} support closed my ticket without a response
            Rude agent at {B} told me it's not their problem
            {B} customer care keeps sending the same stock response
            Called {B} three times today, {nobody|no one} answered
            Worst customer service ever, {B}
            {B} live chat disconnected me twice in the middle of the conversation
            Still no response from {B} after {days}
            {B} promised a callback within 24 hours. That was {days} ago and still no callback
            The {B} call centre transferred me five times and {nobody|no one} could help
            {@care} why is {nobody|no one} responding to my messages?
            {B} support is useless, no help at all
            Spent an hour on the phone with {B}. Unhelpful and rude
            {B} ignored my complaint for {days}
            Why is {nobody|no one} at {B} responding to my DMs?
            {B} hung up on me. Twice. {Unbelievable|Incredible|Seriously}
            I have been waiting for {B} to call me back since Monday
            {Nobody|No one} at {B} cares about {customers|people|their customers}
            Every time I contact {B} I get a different answer and no help
            {B} agent was condescending and unhelpful
            Left three voicemails for {B}, no callback
            {B} support ignored three emails, still no reply
            {Nobody|No one} at {B} answers the phone, an hour in the queue
            {B} chat agent was rude and ended the chat
            [c] {B} support can't tell me where my {parcel|package} is and won't help
            [b] {B} froze my account and {nobody|no one} on the helpline can explain why
            [t] {B} store sends me to the helpline, the helpline sends me to the store. {Nobody|No one} helps
            [g] {B} customer service ignored my complaint about the missing items
            The {B} chatbot understands nothing and there is no agent. No help at all

            == OUTAGE
            {B} app not working {again|once again|yet again}
            Is the {B} app down for everyone?
            {B} app keeps crashing when I try to log in
            Can't log in to {B} {since this morning|since early morning|since 7am}
            {B} website down {again|once again|yet again}, error after error
            {B} outage {again|once again|yet again}? Third time this month
            [b] {B} is down and I need to pay rent today
            [b] Card declined at the till and the {B} app shows an error. Useless
            [b] {B} online banking is down, app error on every transfer {since this morning|since early morning|since 7am}
            [b] {B} app crashes on every transfer
            [b] Can't access my {B} account, login error for hours
            [b] {B} outage, payments failing everywhere
            [t] {B} network down, outage {city}, no signal at all
            [t] {B} internet outage since yesterday, I work from home
            [t] {B} outage, no signal all day. Emergency calls only
            [t] {B} outage, mobile data useless today, nothing loads
            [t] {B} outage {again|once again|yet again}, no internet, no calls
            [t] {B} broadband went down in the middle of the match
            [c] {B} app not working, can't book a pickup
            [c] {B} tracking site down all morning
            [g] {B} app crashes at checkout and empties my basket
            [g] Can't place an order with {B}, the site is down
            {B} app down {again|once again|yet again}, can't log in at all
            Error message every time I open the {B} app
            {B} website not loading for hours
            [b] Can't pay with my {B} card, the system is down
            [b] {B} app crashed in the middle of a transfer, where is my money?
            [t] {B} network outage for the third time this week
            [t] {B} signal keeps dropping, calls cut every few minutes. Outage {again|once again|yet again}?
            [t] {B} data service went down in the whole district
            [c] {B} tracking page shows an error for every {parcel|package}
            [g] {B} app glitch emptied my basket twice

            == PRODUCT_DEFECT
            Poor quality from {B} lately, not as described
            {B} sent me something faulty, not what was advertised
            [g] Strawberries from {B} were mouldy and disgusting. Poor quality
            [g] The {product} from {B} smells awful, poor quality, had to throw it away
            [g] Half the fruit in my {B} order was rotten. Bad quality
            [g] {B} chicken was leaking all over the bag, disgusting
            [g] Bread from {B} stale and squashed, poor quality for the price
            [g] Eggs from {B} cracked {again|once again|yet again}, third order in a row
            [g] The salad from {B} was dirty and wilted
            [t] Phone from {B} stopped working after a week
            [t] {B} router is faulty, restarts every hour
            [t] New phone from {B} came with a cracked screen
            [t] {B} decoder broken {again|once again|yet again}, faulty like the last two
            [b] My {B} card is defective, the chip does not work anywhere
            [b] {B} card cracked after a week. Cheap quality
            [c] {B} {parcel|package} locker broken, my locker won't open
            [c] {B} packaging fell apart, everything inside damaged
            {B} product fell apart after a week. Cheap quality
            [g] {B} strawberries mouldy on day one, poor quality
            [g] Bananas from {B} black and avocados rock hard. Bad quality
            [g] The milk from {B} went sour the day after delivery, disgusting
            [g] {B} cheese not as described at all, a cheap substitute
            [t] {B} router faulty out of the box
            [t] The phone from {B} stopped working after two days
            [t] {B} modem is defective, drops the connection every hour
            [b] Token from {B} is faulty, no codes generated

            == PRICING_BILLING
            {B} raised prices {again|once again|yet again} without any warning, way too expensive now
            {B} charged me twice for the same thing
            Hidden fees at {B} {nobody|no one} told me about
            {B} is a rip off, prices up {again|once again|yet again}
            Overcharged by {B} {again|once again|yet again}
            {B} is way too expensive for what you get
            [b] {B} charged me a fee for a card that was supposed to be free
            [b] {B} charged me twice for one transaction
            [b] {B} account fees going up {again|once again|yet again} next month
            [b] Hidden fees on {B} transfers abroad, {nobody|no one} mentioned that
            [t] Overcharged {again|once again|yet again}: {B} bill is {amount} higher with no explanation
            [t] {B} charged me roaming fees and I never left Poland
            [t] Price hike on my {B} plan in the middle of the contract
            [t] Wrong invoice from {B} {again|once again|yet again}, charged for services I never ordered
            [g] {B} prices went up 20% in a month
            [g] {B} charged me twice for one order
            [g] {B} delivery fee went up {again|once again|yet again}, too expensive
            [c] {B} charged me extra for an oversized {parcel|package} that wasn't oversized
            [c] {B} shipping prices are a rip off now
            [b] {B} charged me a fee for an instant transfer that is not in the price list. Hidden fees

            == RETURNS_COMPLAINTS
            Still waiting for my refund from {B}, {days} now
            {B} rejected my complaint and my refund without any reason
            {B} promised a refund in 14 days. It has been {days}
            Filed a complaint with {B} {days} ago and nothing
            {B} won't give my money back
            {B} offered a voucher instead of a refund. No thanks
            [c] {B} still hasn't paid compensation for my lost {parcel|package}
            [c] {B} rejected my claim and refund for a damaged {parcel|package}, "poorly packed" apparently
            [b] {B} rejected my chargeback claim, and I never made that payment
            [b] {B} still hasn't refunded the fee they admitted was wrong
            [g] {B} refund for the rotten food still not here after {days}
            [t] {B} won't accept the return of a faulty phone
            [t] Complaint and refund request about my {B} bill rejected for the second time
            [c] {B} rejected my claim for a lost {parcel|package} and refuses any compensation

            == SAFETY_HEALTH
            [g] Food poisoning after a salad from {B}, the whole family is sick
            [g] Found a worm in my {B} salad
            [g] Expired meat delivered by {B}, does anyone check this?
            [g] Allergen not listed on a {B} product, my son ended up in hospital
            [g] Mouldy bread from {B}, my kid ate a piece before I noticed
            [t] Charger from {B} melted in the socket, nearly caught fire
            [t] Battery in my {B} phone swelled up and started smoking. Dangerous!
            [c] {B} van speeding through our estate, dangerous for the kids
            [c] {B} {parcel|package} arrived leaking chemicals, I burned my hand
            [b] {B} ATM in a dark underpass with no lighting or cameras. Dangerous
            [g] Glass in a {B} yoghurt. Dangerous, my son could have been injured

            == ETHICS_SCANDAL
            Boycott {B} until they apologise
            Shame on {B}. Discrimination is not a joke
            Done with {B}. I won't support a company that discriminates
            {B} scandal keeps getting worse
            {B} thinks we will forget this scandal. We won't
            Deleted my {B} account. Boycott
            The {B} scandal is disgusting
            [b] Racist ad from {B}? In 2026?
            [b] {B} mocking immigrants in an ad. That is plain racism
            [b] The {B} ad is racist and offensive. Closing my account
            [b] {B} racist ad scandal, who approved this?
            [c] {B} couriers working 14 hours a day for peanuts. Exploitation. Boycott
            [c] {B} fired couriers who asked for their wages. Disgraceful exploitation
            [g] {B} supplier accused of child labour? Boycott
            [g] {B} sourcing from sweatshop farms. Scandal
            [t] {B} selling customer data to advertisers? What a scandal
            [t] {B} data scandal, my data sold without consent?
            Boycotting {B} until the board apologises for this scandal
            The {B} scandal shows what they think of {customers|people|their customers}. Disgraceful
            [b] {B} ad mocks immigrants. Racism, plain and simple. Boycott
            [b] Closed my {B} account after that racist ad
            [c] {B} couriers without breaks or contracts. Exploitation, boycott
            [c] Shame on {B} for the exploitation of its couriers
            [g] {B} buys from farms where animals suffer. Animal cruelty scandal
            [t] {B} sold my data without consent? Boycott

            == SCANDAL_NEWS
            {B} faces boycott calls as scandal grows
            Scandal at {B}: what we know so far
            {B} under fire, experts call it a serious scandal
            [b] {B} pulls ad after racism accusations, customers call for boycott
            [b] Outrage over racist {B} ad, bank apologises
            [c] {B} couriers speak out about exploitation
            [g] {B} supplier accused of child labour, retailer silent
            [t] {B} accused of selling customer data, scandal grows

            == DISLIKE
            I really don't like {B}
            {B} is the worst company in Poland
            Never {again|once again|yet again} {B}, awful experience
            {B} disappointed me {again|once again|yet again}
            {B} used to be good, now it's awful
            Not recommending {B} to anyone
            {B} is just {terrible|awful|dreadful}
            Regret choosing {B}
            Always some problem with {B}, awful
            {B} annoys me more and more, {terrible|awful|dreadful} company

            == PRAISE
            Loving the new {B} app, so smooth!
            {B} support sorted my issue in minutes, thanks
            Big thanks to the {B} team 🙌
            {B} is always reliable, love it
            Great experience with {B} today
            Honestly {B} is brilliant
            {B} is so easy to use, love it
            Shout out to {@care} for the quick help!
            Really impressed with {B} lately
            Happy customer of {B} for years
            [c] Parcel from {B} arrived early :)
            [c] The {B} driver was super friendly and on time
            [c] {B} delivered on a Saturday morning, amazing
            [b] {B} is the best banking app I've used
            [b] Opening an account with {B} took 5 minutes, great
            [g] {B} strawberries are amazing this week 🍓
            [g] Great value at {B} this week
            [g] {B} driver carried my groceries up four floors, legend
            [t] {B} signal even in the mountains, impressive
            [t] {B} fibre is fast, exactly what they promised

            == QUESTION
            Does {B} have an English version of the app?
            Anyone here using {B}? Worth it?
            What do you think of {B}?
            Is {B} open on Sundays?
            Does {B} have a student offer?
            [c] Does {B} deliver on Sundays?
            [c] How long does {B} keep a parcel at the pickup point?
            [c] Can I change my address with {B} after sending?
            [b] Can a foreigner open an account with {B}?
            [b] Does the {B} card work abroad?
            [g] Does {B} deliver to {city}?
            [g] What time do I need to order from {B} for next-day delivery?
            [t] Does {B} support eSIM?
            [t] Is {B} coverage good in the mountains?

            == CHATTER
            Just saw the new {B} ad
            {B} has a new logo
            Switched to {B} last month
            My friend works at {B}
            Reading about {B} in the news
            {B} is sponsoring a local run this weekend
            [c] Picked up my {B} parcel today
            [b] Moved my account to {B}
            [g] Ordered groceries from {B} for tomorrow
            [t] Got a {B} SIM for my stay in Poland

            == NEWS
            {B} opens a new centre in Poland, 200 jobs
            {B} names a new chief executive
            {B} reports quarterly revenue up 8 percent
            [c] {B} adds a thousand parcel lockers
            [b] {B} launches watch payments for all customers
            [t] {B} expands its 5G network

            == CRISIS_QUESTION
            What is going on with {B}?
            Anyone know what's happening at {B}?
            {B} trending, what happened?
            Is {B} going to say anything about this?
            Waiting for an official statement from {B}
            Is it just me or is {B} everywhere on my feed today?

            == DEFENCE
            Never had a problem with {B}, let's wait for the facts
            I like {B}, they have always been good to me
            {B} has always been great for me, give them a chance
            Honestly {B} has been good to me for years

            == CAMPAIGN_PRAISE
            The new {B} ad is brilliant 😂
            Love the new {B} campaign {#campaign}
            {B} nailed it with this campaign
            Best ad of the year goes to {B}
            That {B} ad song is stuck in my head, love it
            Great offer from {B} {#campaign}
            [g] Tried the recipes from the {B} campaign, delicious
            [t] New {B} plan looks great, might switch

            == CAMPAIGN_CHATTER
            Have you seen the new {B} ad?
            {B} launched a new campaign {#campaign}
            Who is in the new {B} ad?
            The {B} campaign is everywhere today

            == CAMPAIGN_DISLIKE
            The {B} ad is on every five minutes, so annoying
            Don't get the new {B} ad, weak

            == CAMPAIGN_POST
            It's here! The new {B} campaign is live {#campaign}
            Something new from {B}! Check it out 🎉 {#campaign}

            == CONTEST_POST
            GIVEAWAY! Tag a friend and tell us why you love {B}. 50 vouchers to win 🎉 {#campaign}

            == CONTEST_ENTRY
            I'm in! {@user} {@user2} {#campaign} {B}
            Love {B}! {@user} {#campaign} 🍀
            Would love to win! {B} {@user} {#campaign}
            {B} is the best! {@user} {@user2}
            Count me in {B} {#campaign} {@user}

            == CONTEST_QUESTION
            When are the {B} giveaway results?
            Can I enter the {B} giveaway more than once?

            == BRAND_REPLY
            {@to} Sorry to hear that, please DM us and we'll look into it.
            {@to} Hi, we're sorry! Please send us the details in a private message.
            {@to} Apologies for the trouble, we've passed this on and will get back to you.
            {@to} Thanks for letting us know, we're on it.
            [c] {@to} Hi, please DM us your tracking number and we'll check right away.
            [b] {@to} Hi, please don't share account details here, DM us instead.
            [g] {@to} So sorry! Please DM us your order number.
            [t] {@to} Hi, please DM us your number and we'll check the network in your area.

            == BRAND_THANKS
            {@to} Thank you, that made our day! 💙
            {@to} Thanks so much for the kind words!

            == BRAND_STATEMENT
            We apologise for the disruption. We are working on a fix and will keep you updated. {B}
            We know about the problem and we are working on it. Thank you for your patience. {B}

            == OPENER_NEG
            Seriously?
            Unbelievable.
            Here we go again.
            I've had enough.
            Hey {@care}!
            Ugh.
            Again.
            Honestly?

            == CLOSER_NEG
            Pathetic.
            Never again.
            Ridiculous.
            Anyone else?
            How much longer?
            Avoid.
            Terrible.
            Just awful.
            [c] Switching couriers.
            [b] Switching banks.
            [t] Switching providers.

            == CLOSER_POS
            Recommended!
            Keep it up!
            Thanks!
            Brilliant!

            == QUOTE
            {@inf} same here!
            {@inf} exactly the same thing happened to me:
            {@inf} can confirm, happened to me too.
            {@inf} glad someone finally said it.
            Same for me {@inf}!
            {@inf} this is not a one-off.

            == SHARE_CALL
            Please share so everyone sees how they treat customers!
            Spread the word and stay away.
            Share this, avoid them.
            RT so nobody else gets burned.

            == DETAIL
            Writing {from_city}
            {person} has exactly the same problem
            {person} says it's the same for them
            Customer for {n} years
            This has been going on since {since}
            Took a day off {when} to sort it out
            Anyone else {city} seeing this?
            I have screenshots of everything
            I have two kids and honestly no time for this
            Tried to sort it out {when}
            I recommended them to friends for years
            {person} warned me, should have listened
            Not hating, just want someone to read this
            Moved here from abroad {when}, first time dealing with this
            [c] It was {item} {occasion}
            [c] Ordered {item} {occasion}
            [c] Sender: {shop}
            [c] The shop, {shop}, sent it {when}
            [g] The order was {groceries} {occasion}
            [g] Ordered {when} for {groceries}
            [b] I was paying {payment}, like every month
            [b] Opened the account {when}
            [t] It's about {service}
            [t] Had {service} with them for {n} years
            [t] I work from home {city}, so I need this

            == VIRAL_INTRO
            I am furious.
            This is a horror story.
            Never thought I'd write this, but I'm done.
            """;
}
