#!/usr/bin/env python3
"""make-pages.py: the HTML test pages and their gold main text.

Usage: python3 tests/data/html/make-pages.py DECODE

Each of the project's twelve example articles (examples/*.txt, our own
invented news) is put into three of six page shapes that news sites use:

  wordpress  a WordPress theme: entry-content, sharedaddy bar, Jetpack
             related posts, a comment list and form, sidebar widgets
  bignews    a big newspaper's template: mega menu, breadcrumb, JSON-LD
             NewsArticle and OpenGraph, byline, figure, ads and inline
             "read also" boxes between paragraphs, a newsletter box, a
             related-articles grid with teasers, most-read list, cookie
             banner, fat footer
  blog       a small site with no semantic tags and long reader comments
  amp        an AMP page: amp-sidebar, amp-img, amp-ad, amp-social-share,
             amp-consent, JSON-LD
  legacy     an old table layout in windows-1252, <font> tags, the text
             in a cell with <br><br> between paragraphs
  spa        a client-rendered site: meaningless class names, the body
             in <div data-component="text-block"> blocks, a related list
             and a cookie dialog with no telling class

The article text is decode's reading of the example (decode -k, a tested
step of its own); the gold main text <page>.gold.txt is the article's body
paragraphs, one per line: not the date, the title or the example's own
boilerplate lines, which the pages carry as links and boxes.  The pages
are committed; this script only regenerates them.
"""
import html, json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DECODE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'bin', 'decode')

ARTICLES = ['fr-greve-rail', 'fr-fuite-donnees', 'fr-sommet-climat',
            'fr-proces-mairie', 'fr-transfert-football', 'fr-election-regionale',
            'en-trade-tariffs', 'en-data-breach', 'en-court-ruling',
            'en-climate-summit', 'en-football-scandal', 'en-city-election']
SHAPES = ['wordpress', 'bignews', 'blog', 'amp', 'legacy', 'spa']
DATES = {'fr-greve-rail': '2024-03-06', 'fr-fuite-donnees': '2024-11-14',
         'fr-sommet-climat': '2024-11-18', 'fr-proces-mairie': '2024-03-22',
         'fr-transfert-football': '2024-08-31', 'fr-election-regionale': '2024-06-23',
         'en-trade-tariffs': '2024-04-09', 'en-data-breach': '2024-10-17',
         'en-court-ruling': '2024-02-16', 'en-climate-summit': '2024-11-11',
         'en-football-scandal': '2024-09-07', 'en-city-election': '2024-05-08'}
AUTHORS = {'fr': ['Claire Dumoulin', 'Yannick Le Goff', 'Sophie Achour',
                  'Thomas Berthelot', 'Nadia Ferhat', 'Julien Marchetti'],
           'en': ['Rachel Whitfield', 'Daniel Okafor', 'Emma Castellanos',
                  'Liam Hargreaves', 'Priya Natarajan', 'Owen McCready']}

L = {
 'fr': dict(
  site='Le Quotidien du Centre', blog='Le Carnet de Mathilde', home='Accueil',
  sections=['Politique', 'Économie', 'Société', 'Monde', 'Sport', 'Culture', 'Planète', 'Tech'],
  by='Par', published='Publié le', updated='Mis à jour le', share='Partager',
  related='Sur le même sujet', mostread='Les plus lus', readalso='Lire aussi',
  comments='commentaires', reply='Répondre', leave='Laisser un commentaire',
  notice='Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
  name='Nom', email='E-mail', send='Publier le commentaire', ad='Publicité',
  newsletter='Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail : inscrivez-vous gratuitement à notre lettre d’information.',
  subscribe='Je m’inscris',
  cookie='Nous utilisons des cookies et des technologies similaires pour mesurer l’audience, personnaliser les contenus et vous proposer des publicités adaptées à vos centres d’intérêt. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.',
  accept='Accepter', refuse='Refuser', settings='Paramétrer',
  footer=['Mentions légales', 'Politique de confidentialité', 'Gestion des cookies', 'Contact', 'Publicité', 'Nous rejoindre', 'Plan du site', 'Archives'],
  copyright='© Le Quotidien du Centre 2024 – Tous droits réservés',
  tags='Mots-clés', search='Rechercher', menu='Menu', bio='est journaliste au service {sec} depuis 2015. Elle couvre notamment les questions sociales et les collectivités locales.',
  caption='Illustration. La scène, photographiée mardi en fin de matinée. (Photo d’archives)',
  recent='Articles récents', archives='Archives', categories='Catégories',
  teasers=[('Budget 2025 : ce que prévoit le projet de loi de finances pour les ménages', 'Le gouvernement doit présenter son texte à la fin du mois, après plusieurs semaines d’arbitrages difficiles.'),
           ('Logement : les loyers continuent d’augmenter dans les grandes villes', 'Selon un observatoire privé, la hausse atteint 4 % sur un an, avec de fortes disparités selon les quartiers.'),
           ('Météo : un épisode de fortes pluies attendu sur le sud-ouest', 'Plusieurs départements ont été placés en vigilance orange par les services de prévision.'),
           ('Santé : les urgences de l’hôpital de Vierzon de nouveau saturées', 'Les soignants dénoncent un manque chronique de personnel et appellent à un rassemblement samedi.')],
  popular=['Retraites : le calendrier de la réforme bousculé', 'Carburants : les prix repartent à la hausse', 'Intempéries : les images des crues dans le Cher', 'Cinéma : les films à voir cette semaine', 'Impôts : la date limite de déclaration approche'],
  comment_texts=['Article très intéressant, merci. On aimerait cependant en savoir davantage sur le financement de ces mesures, parce que personne ne semble capable de dire qui va payer au bout du compte.',
    'Encore une fois ce sont les usagers et les contribuables qui trinquent. J’habite à la campagne et je peux vous dire que, depuis des années, rien ne change malgré les promesses répétées.',
    'Je ne partage pas du tout l’avis du commentaire précédent : il faut lire les chiffres jusqu’au bout, la situation s’est nettement améliorée depuis deux ans dans notre département.',
    'Quelqu’un sait-il si la réunion prévue la semaine prochaine sera ouverte au public ? Ce serait bien que les habitants puissent enfin poser leurs questions directement aux responsables.',
    'Merci pour ce suivi régulier. Petite correction toutefois : la décision n’a pas été prise lundi mais bien mardi soir, comme l’indiquait votre édition d’hier.'],
  commenters=['Gérard_45', 'Martine B.', 'citoyen_vigilant', 'Lucie', 'Paul-Henri'],
  said='a écrit :', ago='il y a {n} heures',
  notfound='Page introuvable', notfound_text='La page que vous cherchez n’existe pas ou a été déplacée.',
 ),
 'en': dict(
  site='The Daily Ledger', blog='Northfield Notes', home='Home',
  sections=['Politics', 'Business', 'World', 'Sport', 'Culture', 'Climate', 'Tech', 'Opinion'],
  by='By', published='Published', updated='Updated', share='Share',
  related='More on this story', mostread='Most read', readalso='Read more',
  comments='comments', reply='Reply', leave='Leave a Reply',
  notice='Your email address will not be published. Required fields are marked *',
  name='Name', email='Email', send='Post Comment', ad='Advertisement',
  newsletter='Get the morning briefing: the day’s most important stories, sent to your inbox before breakfast. Sign up for free today.',
  subscribe='Sign up',
  cookie='We and our partners use cookies and similar technologies to measure audiences, personalise content and show you advertising that matches your interests. You can accept, reject or manage your choices at any time.',
  accept='Accept all', refuse='Reject all', settings='Manage settings',
  footer=['Terms of use', 'Privacy policy', 'Cookie settings', 'Contact us', 'Advertise', 'Careers', 'Site map', 'Archive'],
  copyright='© 2024 The Daily Ledger. All rights reserved.',
  tags='Topics', search='Search', menu='Menu', bio='has covered {sec} for the Ledger since 2016. She previously worked as a reporter in Leeds and Glasgow.',
  caption='File photo. The scene on Tuesday morning, shortly before the announcement.',
  recent='Recent posts', archives='Archives', categories='Categories',
  teasers=[('Budget 2025: what the spending plans mean for your household', 'The chancellor is expected to set out the details at the end of the month after weeks of wrangling.'),
           ('Rents keep climbing in big cities as supply dries up', 'Average rents rose 4% over the year, according to a letting agents’ survey, with sharp differences between areas.'),
           ('Heavy rain warning issued for the south-west', 'Forecasters say up to 80mm could fall on high ground, with a risk of flooding in low-lying areas.'),
           ('Hospital A&E waiting times hit a new winter record', 'Nurses say staff shortages are to blame and have called for a rally outside the hospital on Saturday.')],
  popular=['Pension changes: what the new timetable means', 'Fuel prices rise again ahead of the holidays', 'In pictures: floods sweep through the valley', 'The films to watch this week', 'Tax return deadline: what you need to know'],
  comment_texts=['Really interesting piece, thank you. I would have liked to know more about how all of this is going to be paid for, because nobody seems able to say who will foot the bill in the end.',
    'Once again it is ordinary people who will pay the price. I live in a small village and I can tell you that, for years now, nothing has changed despite all the promises we were given.',
    'I completely disagree with the previous comment: if you read the figures to the end, the situation has clearly improved over the past two years in our part of the country.',
    'Does anyone know whether next week’s meeting will be open to the public? It would be good if residents could finally put their questions directly to the people in charge.',
    'Thanks for keeping on top of this story. One small correction, though: the decision was taken on Tuesday evening, not on Monday, as your report yesterday said.'],
  commenters=['Gary_45', 'Margaret B.', 'watchful_citizen', 'Lucy', 'Paul H.'],
  said='says:', ago='{n} hours ago',
  notfound='Page not found', notfound_text='The page you are looking for does not exist or has been moved.',
 ),
}


def read_article(name):
    """(date, title, [(par, boiler, text)]) from decode -k."""
    out = subprocess.run([DECODE, '-k', '-H', os.path.join(ROOT, 'examples', name + '.txt')],
                         capture_output=True, check=True).stdout.decode('utf-8')
    rows = []
    for line in out.splitlines():
        f = line.split('\t')
        rows.append((int(f[2]), f[4], f[5].replace('\\\\', '\\')))
    return rows[0][2], rows[1][2], rows[2:]


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def slug(s):
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != '-':
            out.append('-')
    return ''.join(out).strip('-')[:60]


def readalso_text(t):
    """'Lire aussi : X' -> ('Lire aussi', 'X')."""
    for sep in (' : ', ': '):
        if sep in t:
            k, v = t.split(sep, 1)
            return k, v
    return t, ''


class Page:
    def __init__(self, name, shape, rnd):
        self.name, self.shape, self.rnd = name, shape, rnd
        self.lang = name[:2]
        self.t = L[self.lang]
        self.date_line, self.title, rows = read_article(name)
        self.date = DATES[name]
        self.author = rnd.choice(AUTHORS[self.lang])
        self.author2 = rnd.choice([x for x in AUTHORS[self.lang] if x != self.author])
        self.section = rnd.choice(self.t['sections'][:6])
        self.url = 'https://www.%s/%s/%s/%s' % (
            'lequotidienducentre.fr' if self.lang == 'fr' else 'dailyledger.co.uk',
            slug(self.section), self.date.replace('-', '/'), slug(self.title))
        # body paragraphs, and the example's boilerplate kept by kind
        self.items = []      # ('p', text) or ('also', label, text)
        self.gold = []
        self.tail = []       # the example's own end boilerplate
        body_seen = False
        for par, boiler, text in rows:
            if boiler == '':
                self.items.append(('p', text))
                self.gold.append(text)
                body_seen = True
            elif 'read-more' in boiler or 'lire-aussi' in boiler:
                if body_seen and len(self.gold) < 8 + len(self.tail):
                    self.items.append(('also',) + readalso_text(text))
                else:
                    self.tail.append(('also',) + readalso_text(text))
            else:
                self.tail.append(('x', boiler, text))

    # --- pieces shared by the shapes
    def nav_items(self):
        return [self.t['home']] + self.t['sections']

    def comments(self, n):
        r = self.rnd
        idx = list(range(len(self.t['comment_texts'])))
        r.shuffle(idx)
        return [(self.t['commenters'][i], self.t['comment_texts'][i], r.randint(1, 9)) for i in idx[:n]]

    def jsonld(self):
        d = {'@context': 'https://schema.org', '@type': 'NewsArticle',
             'headline': self.title, 'datePublished': self.date + 'T07:30:00+01:00',
             'dateModified': self.date + 'T09:12:00+01:00',
             'author': [{'@type': 'Person', 'name': self.author, 'url': 'https://example.net/auteurs/' + slug(self.author)}],
             'publisher': {'@type': 'Organization', 'name': self.t['site'],
                           'logo': {'@type': 'ImageObject', 'url': 'https://example.net/logo.png'}},
             'mainEntityOfPage': {'@type': 'WebPage', '@id': self.url},
             'image': ['https://example.net/img/%s.jpg' % slug(self.title)[:20]],
             'isAccessibleForFree': True}
        return json.dumps(d, ensure_ascii=self.rnd.random() < 0.5, indent=1 if self.rnd.random() < 0.5 else None)

    def gold_text(self):
        return '\n'.join(self.gold) + '\n'


def wordpress(p):
    t, r = p.t, p.rnd
    def wp(s):   # wptexturize writes curly quotes as references
        return e(s).replace('’', '&#8217;').replace('\u00a0', '&nbsp;').replace('“', '&#8220;').replace('”', '&#8221;')
    o = ['<!DOCTYPE html>', '<html lang="%s-%s">' % (p.lang, 'FR' if p.lang == 'fr' else 'GB'), '<head>',
         '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s &#8211; %s</title>' % (wp(p.title), e(t['blog'])),
         "<link rel='stylesheet' id='wp-block-library-css' href='https://example.net/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />",
         '<link rel="canonical" href="%s" />' % a(p.url),
         '<meta property="og:type" content="article" />', '<meta property="og:title" content="%s" />' % a(p.title),
         '<meta property="og:site_name" content="%s" />' % a(t['blog']),
         '<meta property="article:published_time" content="%sT08:15:42+00:00" />' % p.date,
         '<meta name="author" content="%s" />' % a(p.author),
         "<style id='wp-emoji-styles-inline-css'>img.wp-smiley, img.emoji { display: inline !important; border: none !important; height: 1em !important; }</style>",
         '<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png"};</script>',
         '</head>',
         '<body class="post-template-default single single-post postid-%d single-format-standard wp-embed-responsive has-sidebar">' % r.randint(100, 9999),
         '<div id="page" class="site">', '<a class="skip-link screen-reader-text" href="#primary">%s</a>' % ('Aller au contenu' if p.lang == 'fr' else 'Skip to content'),
         '<header id="masthead" class="site-header">', '<div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p>' % e(t['blog']),
         '<p class="site-description">%s</p></div>' % ('Chroniques de la vie locale et d’ailleurs' if p.lang == 'fr' else 'News and views from the valley'),
         '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">%s</button>' % t['menu'],
         '<div class="menu-main-container"><ul id="primary-menu" class="menu">']
    for i, s in enumerate(p.nav_items()[:7]):
        o.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy"><a href="/category/%s/">%s</a></li>' % (20 + i, slug(s), e(s)))
    o += ['</ul></div></nav></header>', '<div id="content" class="site-content">',
          '<div id="primary" class="content-area"><main id="main" class="site-main">',
          '<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s">' % (42, 42, slug(p.section)),
          '<header class="entry-header"><h1 class="entry-title">%s</h1>' % wp(p.title),
          '<div class="entry-meta"><span class="posted-on">%s <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%sT08:15:42+00:00">%s</time></a></span><span class="byline"> %s <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span></div>' % (
              t['published'], a(p.url), p.date, e(p.date_line), t['by'].lower(), slug(p.author), e(p.author)),
          '</header>', '<div class="entry-content">']
    for it in p.items:
        if it[0] == 'p':
            o.append('<p>%s</p>' % wp(it[1]))
        else:
            o.append('<p><strong>%s :</strong> <a href="/%s/">%s</a></p>' % (e(it[1]), slug(it[2]), wp(it[2])) if p.lang == 'fr' else
                     '<p><strong>%s:</strong> <a href="/%s/">%s</a></p>' % (e(it[1]), slug(it[2]), wp(it[2])))
    o += ['<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">%s&nbsp;:</h3>' % ('Partager' if p.lang == 'fr' else 'Share this'),
          '<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button" href="?share=twitter"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button" href="?share=email"><span>E-mail</span></a></li></ul></div></div></div>',
          '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>%s</em></h3>' % ('Similaire' if p.lang == 'fr' else 'Related'),
          '<div class="jp-relatedposts-items jp-relatedposts-items-visual">']
    for head, teaser in t['teasers'][:3]:
        o.append('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/%s/">%s</a></h4><p class="jp-relatedposts-post-excerpt">%s</p><p class="jp-relatedposts-post-context">%s</p></div>' % (slug(head), wp(head), wp(teaser), e(r.choice(t['sections']))))
    o += ['</div></div>', '</div><!-- .entry-content -->',
          '<footer class="entry-footer"><span class="cat-links">%s <a href="/category/%s/" rel="category tag">%s</a></span><span class="tags-links">%s : <a href="/tag/a/">%s</a>, <a href="/tag/b/">%s</a></span></footer>' % (
              'Publié dans' if p.lang == 'fr' else 'Posted in', slug(p.section), e(p.section), t['tags'], e(t['sections'][6]), e(t['sections'][7])),
          '</article>',
          '<nav class="navigation post-navigation" aria-label="Publications"><h2 class="screen-reader-text">%s</h2><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">%s</a></div><div class="nav-next"><a href="/next/" rel="next">%s</a></div></div></nav>' % (
              'Navigation de l’article' if p.lang == 'fr' else 'Post navigation', e(t['teasers'][3][0]), e(t['popular'][0]))]
    cs = p.comments(3)
    o += ['<div id="comments" class="comments-area">', '<h2 class="comments-title">%d %s</h2>' % (len(cs), 'réflexions sur « %s »' % wp(p.title) if p.lang == 'fr' else 'thoughts on &ldquo;%s&rdquo;' % wp(p.title)),
          '<ol class="comment-list">']
    for i, (who, text, h) in enumerate(cs):
        o.append('<li id="comment-%d" class="comment even thread-even depth-1"><article id="div-comment-%d" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">%s</span></div><div class="comment-metadata"><a href="#comment-%d"><time datetime="%sT1%d:00:00+00:00">%s</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">%s</a></div></article></li>' % (
            100 + i, 100 + i, e(who), e(t['said']), 100 + i, p.date, i, e(p.date_line), wp(text), t['reply']))
    o += ['</ol>', '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3>' % e(t['leave']),
          '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">%s</span></p>' % e(t['notice']),
          '<p class="comment-form-comment"><label for="comment">%s</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>' % ('Commentaire' if p.lang == 'fr' else 'Comment'),
          '<p class="comment-form-author"><label for="author">%s</label> <input id="author" name="author" type="text" /></p>' % t['name'],
          '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="%s" /></p></form></div></div>' % a(t['send']),
          '</main></div>',
          '<aside id="secondary" class="widget-area">',
          '<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">%s</span><input type="search" class="search-field" name="s" /></label><input type="submit" class="search-submit" value="%s" /></form></section>' % (t['search'], t['search']),
          '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">%s</h2><ul>' % e(t['recent'])]
    for s in t['popular']:
        o.append('<li><a href="/%s/">%s</a></li>' % (slug(s), wp(s)))
    o += ['</ul></section>', '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">%s</h2><ul><li><a href="/2024/03/">%s</a></li><li><a href="/2024/02/">%s</a></li></ul></section>' % (
              t['archives'], 'mars 2024' if p.lang == 'fr' else 'March 2024', 'février 2024' if p.lang == 'fr' else 'February 2024'),
          '</aside></div>',
          '<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">%s</a><span class="sep"> | </span>%s</div></footer>' % (
              'Fièrement propulsé par WordPress' if p.lang == 'fr' else 'Proudly powered by WordPress', 'Thème : Twenty Nineteen' if p.lang == 'fr' else 'Theme: Twenty Nineteen'),
          '</div>', "<script src='https://example.net/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.1' id='sharing-js-js'></script>",
          '</body>', '</html>']
    return '\n'.join(o) + '\n', 'utf-8'


def bignews(p):
    t, r = p.t, p.rnd
    o = ['<!doctype html>', '<html lang="%s" class="no-js">' % p.lang, '<head>', '<meta charset="utf-8">',
         '<title>%s - %s</title>' % (e(p.title), e(t['site'])),
         '<meta name="description" content="%s">' % a(p.gold[0][:150]),
         '<meta property="og:title" content="%s">' % a(p.title), '<meta property="og:type" content="article">',
         '<meta property="og:url" content="%s">' % a(p.url), '<meta property="og:site_name" content="%s">' % a(t['site']),
         '<meta name="twitter:card" content="summary_large_image">', '<link rel="canonical" href="%s">' % a(p.url),
         '<link rel="preload" href="/fonts/sans.woff2" as="font" crossorigin>',
         '<script type="application/ld+json">%s</script>' % p.jsonld(),
         '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"article","section":"%s"});</script>' % slug(p.section),
         '<style>.ad-slot{min-height:250px}.paywall{display:block}</style>', '</head>',
         '<body class="page-article">',
         '<div id="didomi-host" class="didomi-notice"><div class="didomi-popup-container"><p class="didomi-notice-text">%s</p><button>%s</button><button>%s</button><a href="/cookies">%s</a></div></div>' % (e(t['cookie']), t['accept'], t['refuse'], t['settings']),
         '<header class="site-header" role="banner"><div class="site-header__top"><a class="logo" href="/">%s</a><a class="btn-subscribe" href="/abonnement">%s</a></div>' % (e(t['site']), 'S’abonner' if p.lang == 'fr' else 'Subscribe'),
         '<nav class="mega-menu" aria-label="Rubriques"><ul>']
    for s in p.nav_items():
        o.append('<li class="mega-menu__item"><a href="/%s/">%s</a><ul class="mega-menu__sub"><li><a href="/%s/direct/">%s</a></li></ul></li>' % (slug(s), e(s), slug(s), 'En direct' if p.lang == 'fr' else 'Live'))
    o += ['</ul></nav></header>',
          '<div class="ad-slot ad-slot--leaderboard" id="dfp-top"><span class="ad-label">%s</span></div>' % t['ad'],
          '<main id="main-content">',
          '<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">%s</a></li><li><a href="/%s/">%s</a></li></ol>' % (t['home'], slug(p.section), e(p.section)),
          '<article class="article article--%s">' % slug(p.section),
          '<header class="article__header"><p class="article__kicker">%s</p><h1 class="article__title">%s</h1>' % (e(p.section), e(p.title)),
          '<div class="article__byline"><span class="author">%s <a href="/auteurs/%s">%s</a> et <a href="/auteurs/%s">%s</a></span> <time datetime="%sT07:30:00+01:00">%s %s</time></div>' % (
              t['by'], slug(p.author), e(p.author), slug(p.author2), e(p.author2), p.date, t['published'], e(p.date_line)) if p.lang == 'fr' else
          '<div class="article__byline"><span class="author">%s <a href="/profile/%s">%s</a> and <a href="/profile/%s">%s</a></span> <time datetime="%sT07:30:00+01:00">%s %s</time></div>' % (
              t['by'], slug(p.author), e(p.author), slug(p.author2), e(p.author2), p.date, t['published'], e(p.date_line)),
          '<ul class="share-tools"><li><a href="https://facebook.com/sharer">Facebook</a></li><li><a href="https://x.com/intent">X</a></li><li><a href="mailto:?subject=x">%s</a></li><li><button>%s</button></li></ul>' % ('E-mail', 'Copier le lien' if p.lang == 'fr' else 'Copy link'),
          '</header>',
          '<figure class="article__media"><img src="/img/%s.jpg" alt="" width="1200" height="675"><figcaption>%s <span class="credit">AFP</span></figcaption></figure>' % (slug(p.title)[:20], e(t['caption'])),
          '<div class="article__content">']
    n = 0
    for it in p.items:
        if it[0] == 'p':
            o.append('<p class="article__paragraph">%s</p>' % e(it[1]))
            n += 1
            if n == 3:
                o.append('<div class="ad-slot ad-slot--inread" id="dfp-inread"><span class="ad-label">%s</span></div>' % t['ad'])
            if n == 6:
                o.append('<div class="newsletter-box"><p class="newsletter-box__text">%s</p><form action="/newsletter"><input type="email" name="email"><button>%s</button></form></div>' % (e(t['newsletter']), t['subscribe']))
        else:
            o.append('<aside class="article__related-inline"><span class="article__related-label">%s</span> <a href="/%s/">%s</a></aside>' % (e(it[1]), slug(it[2]), e(it[2])))
    o += ['</div>',
          '<div class="article__tags"><span>%s</span><ul><li><a href="/tag/%s">%s</a></li><li><a href="/tag/x">%s</a></li></ul></div>' % (t['tags'], slug(p.section), e(p.section), e(t['sections'][5])),
          '<div class="author-bio"><p><strong>%s</strong> %s</p></div>' % (e(p.author), e(t['bio'].format(sec=p.section.lower()))),
          '</article>',
          '<section class="related-articles"><h2 class="related-articles__title">%s</h2><div class="related-articles__grid">' % e(t['related'])]
    for head, teaser in t['teasers']:
        o.append('<article class="teaser"><a href="/%s/"><img src="/img/t.jpg" alt=""><h3 class="teaser__title">%s</h3></a><p class="teaser__summary">%s</p></article>' % (slug(head), e(head), e(teaser)))
    o += ['</div></section>', '</main>',
          '<section class="most-read"><h2>%s</h2><ol>' % e(t['mostread'])]
    for s in t['popular']:
        o.append('<li><a href="/%s/">%s</a></li>' % (slug(s), e(s)))
    o += ['</ol></section>', '<footer class="site-footer"><div class="site-footer__links"><ul>']
    for s in t['footer']:
        o.append('<li><a href="/%s">%s</a></li>' % (slug(s), e(s)))
    o += ['</ul></div><p class="site-footer__copyright">%s</p></footer>' % e(t['copyright']),
          '<script src="/static/js/main.3f9a1c.js" defer></script>', '</body>', '</html>']
    return '\n'.join(o) + '\n', 'utf-8'


def blog(p):
    t, r = p.t, p.rnd
    o = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<title>%s | %s</title>' % (e(p.title), e(t['blog'])), '<meta name="author" content="%s">' % a(p.author),
         '<link rel="stylesheet" type="text/css" href="/style.css">', '</head>', '<body>',
         '<div id="wrap">', '<div id="top"><a href="/"><img src="/logo.gif" alt="%s"></a>' % a(t['blog']),
         '<div id="menu"><a href="/">%s</a> | <a href="/archives">%s</a> | <a href="/about">%s</a> | <a href="/contact">Contact</a></div></div>' % (
             t['home'], t['archives'], 'À propos' if p.lang == 'fr' else 'About'),
         '<div id="left">', '<div class="story">',
         '<h1>%s</h1>' % e(p.title),
         '<div class="date">%s, %s %s</div>' % (e(p.date_line), t['by'].lower(), e(p.author)),
         '<div class="txt">']
    for it in p.items:
        if it[0] == 'p':
            o.append('<p>%s</p>' % e(it[1]))
        else:
            o.append('<p><i>%s : <a href="/%s.html">%s</a></i></p>' % (e(it[1]), slug(it[2]), e(it[2])))
    cs = p.comments(5)
    o += ['</div>', '<div class="share"><a href="https://facebook.com/sharer">%s sur Facebook</a> - <a href="https://x.com/intent">X</a></div>' % t['share']
          if p.lang == 'fr' else '<div class="share"><a href="https://facebook.com/sharer">%s on Facebook</a> - <a href="https://x.com/intent">X</a></div>' % t['share'],
          '</div>', '<div id="reactions">', '<h3>%d %s</h3>' % (len(cs), t['comments'])]
    for who, text, h in cs:
        o.append('<div class="post-reply"><div class="who"><b>%s</b> %s</div><div class="msg">%s</div></div>' % (e(who), e(t['ago'].format(n=h)), e(text)))
    o += ['<h3>%s</h3>' % e(t['leave']), '<form method="post" action="/comment.php"><p>%s</p>%s : <input type="text" name="nom"><br>%s : <input type="text" name="mail"><br><textarea name="msg"></textarea><br><input type="submit" value="%s"></form>' % (
              e(t['notice']), t['name'], t['email'], a(t['send'])),
          '</div>', '</div>', '<div id="right">', '<h4>%s</h4><ul>' % e(t['recent'])]
    for s in t['popular'][:4]:
        o.append('<li><a href="/%s.html">%s</a></li>' % (slug(s), e(s)))
    o += ['</ul>', '<h4>%s</h4><ul><li><a href="/cat/1">%s</a></li><li><a href="/cat/2">%s</a></li></ul>' % (t['categories'], e(t['sections'][2]), e(t['sections'][3])),
          '</div>', '<div id="bottom">%s</div>' % e(t['copyright']), '</div>', '</body>', '</html>']
    return '\n'.join(o) + '\n', 'utf-8'


def amp(p):
    t, r = p.t, p.rnd
    o = ['<!doctype html>', '<html ⚡ lang="%s">' % p.lang, '<head>', '<meta charset="utf-8">',
         '<script async src="https://cdn.ampproject.org/v0.js"></script>',
         '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
         '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
         '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
         '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>',
         '<title>%s</title>' % e(p.title), '<link rel="canonical" href="%s">' % a(p.url),
         '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
         '<meta property="og:site_name" content="%s">' % a(t['site']),
         '<script type="application/ld+json">%s</script>' % p.jsonld(),
         '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>',
         '<style amp-custom>.article-body p{font-size:18px;line-height:1.5}.related a{display:block}</style>',
         '</head>', '<body>',
         '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>%s</p><button on="tap:consent.accept">%s</button><button on="tap:consent.reject">%s</button></div></amp-consent>' % (e(t['cookie']), t['accept'], t['refuse']),
         '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>']
    for s in p.nav_items():
        o.append('<li><a href="/amp/%s/">%s</a></li>' % (slug(s), e(s)))
    o += ['</ul></amp-sidebar>',
          '<div class="topbar"><button on="tap:sidebar.toggle">☰</button><a href="/" class="brand">%s</a></div>' % e(t['site']),
          '<main>', '<article>', '<h1>%s</h1>' % e(p.title),
          '<p class="byline">%s %s · <time datetime="%s">%s</time></p>' % (t['by'], e(p.author), p.date, e(p.date_line)),
          '<amp-img src="/img/%s.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>' % slug(p.title)[:20],
          '<div class="article-body">']
    n = 0
    for it in p.items:
        if it[0] == 'p':
            o.append('<p>%s</p>' % e(it[1]))
            n += 1
            if n % 4 == 0:
                o.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/%s/amp"><div placeholder>%s</div></amp-ad>' % (slug(p.section), t['ad']))
        else:
            o.append('<p><strong>%s</strong> : <a href="/amp/%s/">%s</a></p>' % (e(it[1]), slug(it[2]), e(it[2])) if p.lang == 'fr' else
                     '<p><strong>%s:</strong> <a href="/amp/%s/">%s</a></p>' % (e(it[1]), slug(it[2]), e(it[2])))
    o += ['</div>',
          '<div class="share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share></div>',
          '</article>', '<section class="related"><h2>%s</h2>' % e(t['related'])]
    for head, teaser in t['teasers'][:3]:
        o.append('<a href="/amp/%s/">%s</a>' % (slug(head), e(head)))
    o += ['</section>', '</main>', '<footer><p>%s</p></footer>' % e(t['copyright']), '</body>', '</html>']
    return '\n'.join(o) + '\n', 'utf-8'


def legacy(p):
    t, r = p.t, p.rnd
    def x(s):   # what windows-1252 lacks becomes a numeric reference
        return e(s).encode('cp1252', 'xmlcharrefreplace').decode('cp1252')
    o = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
         '<HTML>', '<HEAD>', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">',
         '<TITLE>%s - %s</TITLE>' % (x(t['site']), x(p.title)), '<META NAME="keywords" CONTENT="%s">' % a(p.section),
         '<SCRIPT LANGUAGE="JavaScript">function pop(u){window.open(u,"pop","width=400,height=300");}</SCRIPT>',
         '</HEAD>', '<BODY BGCOLOR="#FFFFFF" TOPMARGIN=0 LEFTMARGIN=0>',
         '<TABLE WIDTH=780 BORDER=0 CELLPADDING=0 CELLSPACING=0>',
         '<TR><TD COLSPAN=3><IMG SRC="/img/bandeau.gif" WIDTH=780 HEIGHT=90 ALT="%s"></TD></TR>' % a(t['site']), '<TR>',
         '<TD WIDTH=150 VALIGN=top BGCOLOR="#EEEEEE"><FONT FACE="Verdana" SIZE=1>']
    for s in p.nav_items():
        o.append('<A HREF="/%s/index.html">%s</A><BR>' % (slug(s), x(s)))
    o += ['<BR><A HREF="/archives/">%s</A></FONT></TD>' % x(t['archives']),
          '<TD WIDTH=480 VALIGN=top><FONT FACE="Georgia, Times" SIZE=2>',
          '<FONT SIZE=1 COLOR="#666666">%s &gt; %s</FONT><BR>' % (x(t['home']), x(p.section)),
          '<FONT SIZE=5><B>%s</B></FONT><BR>' % x(p.title),
          '<FONT SIZE=1>%s %s - %s</FONT><BR><BR>' % (x(t['by']), x(p.author), x(p.date_line))]
    for it in p.items:
        if it[0] == 'p':
            o.append('%s<BR><BR>' % x(it[1]))
        else:
            o.append('<B>%s :</B> <A HREF="/%s.html">%s</A><BR><BR>' % (x(it[1]), slug(it[2]), x(it[2])))
    o += ['<CENTER><A HREF="javascript:pop(\'/envoyer.html\')">%s</A> | <A HREF="javascript:window.print()">%s</A></CENTER>' % (
              'Envoyer à un ami' if p.lang == 'fr' else 'Email to a friend', 'Imprimer' if p.lang == 'fr' else 'Print'),
          '</FONT></TD>', '<TD WIDTH=150 VALIGN=top><FONT FACE="Verdana" SIZE=1><B>%s</B><BR>' % x(t['mostread'])]
    for s in t['popular']:
        o.append('<A HREF="/%s.html">%s</A><BR><BR>' % (slug(s), x(s)))
    o += ['<IMG SRC="/pub/banniere120x600.gif" WIDTH=120 HEIGHT=600 ALT="%s"></FONT></TD>' % x(t['ad']), '</TR>',
          '<TR><TD COLSPAN=3 ALIGN=center><FONT SIZE=1>%s | <A HREF="/contact.html">Contact</A></FONT></TD></TR>' % x(t['copyright']),
          '</TABLE>', '</BODY>', '</HTML>']
    return '\r\n'.join(o) + '\r\n', 'cp1252'


def spa(p):
    t, r = p.t, p.rnd
    def c():
        return 'sc-%s' % ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(6))
    o = ['<!DOCTYPE html>', '<html lang="%s">' % p.lang, '<head>', '<meta charset="utf-8"/>',
         '<title data-rh="true">%s | %s</title>' % (e(p.title), e(t['site'])),
         '<meta data-rh="true" property="og:title" content="%s"/>' % a(p.title),
         '<meta data-rh="true" property="article:published_time" content="%sT06:00:00.000Z"/>' % p.date,
         '<meta data-rh="true" name="author" content="%s"/>' % a(p.author),
         '<meta data-rh="true" property="og:site_name" content="%s"/>' % a(t['site']),
         '<link data-rh="true" rel="canonical" href="%s"/>' % a(p.url),
         '<style data-styled="true">.%s{display:flex}.%s{margin:0 auto;max-width:640px}</style>' % (c(), c()),
         '</head>', '<body>', '<div id="__next">',
         '<div class="%s" role="dialog" aria-label="Consent"><div class="%s"><p class="%s">%s</p><div class="%s"><button class="%s">%s</button><button class="%s">%s</button></div></div></div>' % (
             c(), c(), c(), e(t['cookie']), c(), c(), t['accept'], c(), t['settings']),
         '<div class="%s"><div class="%s"><a href="/" class="%s">%s</a></div><div class="%s">' % (c(), c(), c(), e(t['site']), c())]
    for s in p.nav_items():
        o.append('<a class="%s" href="/%s">%s</a>' % (c(), slug(s), e(s)))
    o += ['</div></div>', '<div class="%s">' % c(), '<div class="%s"><h1 class="%s">%s</h1>' % (c(), c(), e(p.title)),
          '<div class="%s"><span class="%s">%s %s</span><span class="%s">%s</span></div></div>' % (c(), c(), t['by'], e(p.author), c(), e(p.date_line)),
          '<div class="%s">' % c()]
    n = 0
    for it in p.items:
        if it[0] == 'p':
            o.append('<div data-component="text-block" class="%s"><p class="%s">%s</p></div>' % (c(), c(), e(it[1])))
            n += 1
            if n == 5:
                o.append('<div class="%s"><div class="%s">%s</div><p class="%s">%s</p><a class="%s" href="/newsletters">%s</a></div>' % (
                    c(), c(), 'Newsletter', c(), e(t['newsletter']), c(), t['subscribe']))
        else:
            o.append('<div data-component="links-block" class="%s"><span class="%s">%s</span><a class="%s" href="/%s">%s</a></div>' % (c(), c(), e(it[1]), c(), slug(it[2]), e(it[2])))
    o += ['</div>', '<div class="%s"><h2 class="%s">%s</h2><ul class="%s">' % (c(), c(), e(t['related']), c())]
    for head, teaser in t['teasers']:
        o.append('<li class="%s"><a class="%s" href="/%s"><span class="%s">%s</span></a></li>' % (c(), c(), slug(head), c(), e(head)))
    o += ['</ul></div>', '</div>', '<div class="%s"><div class="%s">' % (c(), c())]
    for s in t['footer']:
        o.append('<a class="%s" href="/%s">%s</a>' % (c(), slug(s), e(s)))
    o += ['</div><p class="%s">%s</p></div>' % (c(), e(t['copyright'])), '</div>',
          '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":%d}},"page":"/article/[slug]"}</script>' % r.randint(1000, 99999),
          '</body>', '</html>']
    return '\n'.join(o) + '\n', 'utf-8'


SHAPE_FN = {'wordpress': wordpress, 'bignews': bignews, 'blog': blog, 'amp': amp,
            'legacy': legacy, 'spa': spa}


def main():
    n = 0
    for i, name in enumerate(ARTICLES):
        k = i % 6
        for j in (k, (k + 2) % 6, (k + 4) % 6):
            shape = SHAPES[j]
            rnd = random.Random(1000 * i + j)
            p = Page(name, shape, rnd)
            text, charset = SHAPE_FN[shape](p)
            base = os.path.join(HERE, '%s-%s' % (shape, name))
            with open(base + '.html', 'wb') as f:
                f.write(text.encode(charset))
            with open(base + '.gold.txt', 'w', encoding='utf-8') as f:
                f.write(p.gold_text())
            n += 1
    print('%d pages' % n)


if __name__ == '__main__':
    main()
